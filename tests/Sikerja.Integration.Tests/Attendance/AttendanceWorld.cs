using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>
/// A WIB tenant working every day, a Dinas with its office location (the Seksi below has none and works there) and
/// another agency's office elsewhere; one staff member of the Seksi with a published roster: at the office in the
/// morning shift (PAGI 07:30–11:30) on <see cref="Day"/>, both shifts the day before, at home the day after, nothing
/// planned two days after. Time is the test's: services are made with a fake clock set to a tenant-local instant.
/// </summary>
public sealed class AttendanceWorld
{
    /// <summary>A Monday.</summary>
    public static readonly DateOnly Day = new(2026, 3, 2);

    public const double OfficeLat = -7.668;
    public const double OfficeLon = 109.652;
    public const int OfficeRadius = 100;

    public required TestTenant Tenant { get; init; }
    public required OrgUnit Dinas { get; init; }
    public required OrgUnit OtherAgency { get; init; }
    public required Employee Staff { get; init; }
    public required Guid StaffAccount { get; init; }

    public static async Task<AttendanceWorld> CreateAsync(DatabaseFixture db)
    {
        var t = await TestTenant.CreateAsync(db);
        var dinas = await t.UnitAsync($"{t.Code}.dinas", OrgUnitType.Agency);
        var seksi = await t.UnitAsync($"{t.Code}.dinas.seksi", OrgUnitType.Section, dinas);
        var other = await t.UnitAsync($"{t.Code}.lain", OrgUnitType.Agency);
        var staff = await t.EmployeeAsync(seksi, PositionLevel.Staff, name: "Staf Presensi");
        var account = await t.AccountAsync(staff);
        await using var scope = db.NewScope().InTenant(t.Id);
        (await scope.Db.Tenants.SingleAsync(x => x.Id == t.Id)).WorkWeek = WorkWeek.MondayToSaturday | WorkWeek.Sunday;
        var trackedDinas = await scope.Db.OrgUnits.SingleAsync(u => u.Id == dinas.Id);
        (trackedDinas.OfficeLatitude, trackedDinas.OfficeLongitude, trackedDinas.OfficeRadiusMetres) = (OfficeLat, OfficeLon, OfficeRadius);
        var trackedOther = await scope.Db.OrgUnits.SingleAsync(u => u.Id == other.Id);
        (trackedOther.OfficeLatitude, trackedOther.OfficeLongitude, trackedOther.OfficeRadiusMetres) = (OfficeLat + 0.05, OfficeLon, OfficeRadius);
        var plan = new RosterPlan
        {
            TenantId = t.Id, PolicyNumber = "800/123/2026", PolicySnapshot = PublishedRosterWorld.Rules(Day),
            From = Day.AddDays(-1), To = Day.AddDays(1), Status = RosterStatus.Published, GeneratedAt = DateTime.UtcNow, PublishedAt = DateTime.UtcNow,
        };
        scope.Db.RosterPlans.Add(plan);
        RosterEntry Entry(DateOnly date, WorkMode mode, ShiftSet shifts) => new()
        {
            PlanId = plan.Id, EmployeeId = staff.Id, Date = date, TenantId = t.Id, UnitId = seksi.Id, Mode = mode, Shifts = shifts,
            Reason = mode == WorkMode.Office ? AssignmentReason.Minimum : AssignmentReason.Home,
        };
        scope.Db.RosterEntries.AddRange(
            Entry(Day.AddDays(-1), WorkMode.Office, ShiftSet.All(2)),
            Entry(Day, WorkMode.Office, ShiftSet.One(0)),
            Entry(Day.AddDays(1), WorkMode.Home, ShiftSet.None));
        await scope.Db.SaveChangesAsync();
        return new AttendanceWorld { Tenant = t, Dinas = dinas, OtherAgency = other, Staff = staff, StaffAccount = account };
    }

    /// <summary>A fake clock at a WIB wall-clock time.</summary>
    public static FakeTimeProvider ClockAt(DateOnly date, int hour, int minute) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7)));

    /// <summary>A WIB wall-clock time as the phone sends it.</summary>
    public static DateTime Wib(DateOnly date, int hour, int minute) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7)).UtcDateTime;

    /// <summary>A point <paramref name="metres"/> north of the Dinas office.</summary>
    public static (double Lat, double Lon) North(double metres) => (OfficeLat + (metres / 111_195.08), OfficeLon);

    public static CheckInService Service(TestScope scope, TimeProvider clock) =>
        ActivatorUtilities.CreateInstance<CheckInService>(scope.Services, clock, QrTokens(scope, clock));

    public static OfficeQrTokens QrTokens(TestScope scope, TimeProvider clock) => new(scope.Get<IDataProtectionProvider>(), clock);

    public static CheckInInput AtOffice(DateTime deviceAt, double metresNorth = 20, double accuracy = 10, CheckDirection direction = CheckDirection.In, Guid? clientId = null)
    {
        var (lat, lon) = North(metresNorth);
        return new CheckInInput(clientId ?? Guid.NewGuid(), direction, WorkMode.Office, deviceAt, lat, lon, accuracy);
    }

    /// <summary>Records as the staff member, at the given fake time.</summary>
    public async Task<CommandResult<CheckInReceipt>> RecordAsync(DatabaseFixture db, TimeProvider clock, CheckInInput input)
    {
        await using var scope = await db.NewScope().AsAsync(StaffAccount);
        return await Service(scope, clock).RecordAsync(input, CancellationToken.None);
    }

    public async Task<List<CheckIn>> StoredAsync(DatabaseFixture db)
    {
        await using var scope = db.NewScope().InTenant(Tenant.Id);
        return await scope.Db.CheckIns.AsNoTracking().Where(c => c.EmployeeId == Staff.Id).OrderBy(c => c.DeviceAt).ToListAsync();
    }
}
