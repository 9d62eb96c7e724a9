using Sikerja.Data.Rosters;
using Sikerja.Domain.Access;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Schedule;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>
/// A Dinas Kesehatan (WIB, Monday to Friday, late tolerance 15 minutes) with a Kepala Dinas, a Kepala Bidang and seven
/// staff below, and a Dinas Pendidikan with a teacher; a published roster for Monday 1 June 2026, whose Tuesday is a
/// holiday; and check-ins inserted directly so that each staff member has one status on the Monday:
/// Hadir (office), Hadir (home), Terlambat, Tidak hadir, Sakit, Cuti, and at the office on a home day.
/// </summary>
public sealed class AttendanceWorld
{
    public static readonly DateOnly Monday = new(2026, 6, 1);
    public static readonly DateOnly Holiday = Monday.AddDays(1);
    public const string Password = "presensi-uji-2026";

    public required TestTenant Tenant { get; init; }
    public required OrgUnit Dinkes { get; init; }
    public required OrgUnit Bidang { get; init; }
    public required OrgUnit Disdik { get; init; }
    public required Employee Kadis { get; init; }
    public required Employee Kabid { get; init; }
    public required Employee AtOffice { get; init; }
    public required Employee AtHome { get; init; }
    public required Employee Late { get; init; }
    public required Employee Absent { get; init; }
    public required Employee Sick { get; init; }
    public required Employee OnLeave { get; init; }
    public required Employee WrongMode { get; init; }
    public required Employee Guru { get; init; }
    public required Guid KadisAccount { get; init; }
    public required Guid KabidAccount { get; init; }
    public required Guid StaffAccount { get; init; }
    public required Guid AgencyAdmin { get; init; }
    public required Guid TenantAdmin { get; init; }
    public required Employee Admin { get; init; }

    public IReadOnlyList<Employee> Staff => [AtOffice, AtHome, Late, Absent, Sick, OnLeave, WrongMode];

    public static DateTime Wib(DateOnly date, int hour, int minute) =>
        DateTime.SpecifyKind(date.ToDateTime(new TimeOnly(hour, minute)).AddHours(-7), DateTimeKind.Utc);

    public static async Task<AttendanceWorld> CreateAsync(DatabaseFixture db)
    {
        var t = await TestTenant.CreateAsync(db);
        var dinkes = await t.UnitAsync($"{t.Code}.dinkes", OrgUnitType.Agency);
        var bidang = await t.UnitAsync($"{t.Code}.dinkes.p2p", OrgUnitType.Division, dinkes);
        var disdik = await t.UnitAsync($"{t.Code}.disdik", OrgUnitType.Agency);
        var kadis = await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Kepala Dinas");
        var kabid = await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Kepala Bidang");
        var staff = new List<Employee>();
        foreach (var name in new[] { "Ani Kantor", "Budi Rumah", "Citra Terlambat", "Dedi Absen", "Eka Sakit", "Fajar Cuti", "Gita Salah Mode" })
        {
            staff.Add(await t.EmployeeAsync(bidang, PositionLevel.Staff, name: name));
        }
        var guru = await t.EmployeeAsync(disdik, PositionLevel.Functional, name: "Guru Disdik");
        var adminEmployee = await t.EmployeeAsync(dinkes, PositionLevel.Staff, name: "Admin Dinkes");
        var world = new AttendanceWorld
        {
            Tenant = t, Dinkes = dinkes, Bidang = bidang, Disdik = disdik, Kadis = kadis, Kabid = kabid,
            AtOffice = staff[0], AtHome = staff[1], Late = staff[2], Absent = staff[3], Sick = staff[4], OnLeave = staff[5], WrongMode = staff[6], Guru = guru, Admin = adminEmployee,
            KadisAccount = await t.AccountAsync(kadis),
            KabidAccount = await t.AccountAsync(kabid, password: Password),
            StaffAccount = await t.AccountAsync(staff[0]),
            AgencyAdmin = await t.AccountAsync(adminEmployee, Role.AgencyAdmin, dinkes, password: Password),
            TenantAdmin = await t.AccountAsync(null, Role.TenantAdmin),
        };
        await world.ArrangeDayAsync(db, adminEmployee);
        return world;
    }

    private async Task ArrangeDayAsync(DatabaseFixture db, Employee admin)
    {
        await using var scope = db.NewScope().InTenant(Tenant.Id);
        var d = scope.Db;
        d.AttendanceSettings.Add(new AttendanceSettings { TenantId = Tenant.Id, LateToleranceMinutes = 15 });
        d.Holidays.Add(new Holiday { TenantId = Tenant.Id, Date = Holiday, Name = "Hari Lahir Pancasila (uji)", Kind = HolidayKind.National });
        var plan = new RosterPlan
        {
            TenantId = Tenant.Id, PolicyNumber = "800/123/2026", PolicySnapshot = PublishedRosterWorld.Rules(Monday),
            From = Monday, To = Monday, Status = RosterStatus.Published, GeneratedAt = DateTime.UtcNow, PublishedAt = DateTime.UtcNow,
        };
        d.RosterPlans.Add(plan);
        // Shift 0 is PAGI 07:30–11:30, shift 1 SIANG 12:00–16:00 (PublishedRosterWorld.Rules).
        void Entry(Employee e, WorkMode mode, ShiftSet shifts, AssignmentReason reason) => d.RosterEntries.Add(new RosterEntry
        {
            PlanId = plan.Id, EmployeeId = e.Id, Date = Monday, TenantId = Tenant.Id, UnitId = e.UnitId, Mode = mode, Shifts = shifts, Reason = reason,
        });
        Entry(Kadis, WorkMode.Office, ShiftSet.All(2), AssignmentReason.AlwaysOnSite);
        Entry(Kabid, WorkMode.Office, ShiftSet.All(2), AssignmentReason.Minimum);
        Entry(AtOffice, WorkMode.Office, ShiftSet.One(0), AssignmentReason.Minimum);
        Entry(AtHome, WorkMode.Home, ShiftSet.None, AssignmentReason.Home);
        Entry(Late, WorkMode.Office, ShiftSet.One(0), AssignmentReason.Minimum);
        Entry(Absent, WorkMode.Office, ShiftSet.One(0), AssignmentReason.Minimum);
        Entry(Sick, WorkMode.Off, ShiftSet.None, AssignmentReason.Unavailable);
        Entry(OnLeave, WorkMode.Off, ShiftSet.None, AssignmentReason.Unavailable);
        Entry(WrongMode, WorkMode.Home, ShiftSet.None, AssignmentReason.Home);
        Entry(admin, WorkMode.Home, ShiftSet.None, AssignmentReason.Home);
        d.Unavailabilities.Add(new Unavailability { TenantId = Tenant.Id, EmployeeId = Sick.Id, From = Monday, To = Monday.AddDays(4), Cause = UnavailabilityCause.Quarantine });
        d.Unavailabilities.Add(new Unavailability { TenantId = Tenant.Id, EmployeeId = OnLeave.Id, From = Monday, To = Monday, Cause = UnavailabilityCause.Leave });

        void Record(Employee e, CheckDirection direction, WorkMode mode, int hour, int minute) => d.CheckIns.Add(new CheckIn
        {
            TenantId = Tenant.Id, EmployeeId = e.Id, ClientId = Guid.NewGuid(), Direction = direction, Mode = mode, Method = CheckInMethod.Location,
            WorkDate = Monday, DeviceAt = Wib(Monday, hour, minute), ReceivedAt = Wib(Monday, hour, minute), UnitId = mode == WorkMode.Office ? e.UnitId : null,
        });
        Record(Kadis, CheckDirection.In, WorkMode.Office, 7, 0);
        Record(Kadis, CheckDirection.Out, WorkMode.Office, 16, 30);
        Record(Kabid, CheckDirection.In, WorkMode.Office, 7, 20);
        Record(Kabid, CheckDirection.Out, WorkMode.Office, 16, 5);
        Record(AtOffice, CheckDirection.In, WorkMode.Office, 7, 35);
        Record(AtOffice, CheckDirection.Out, WorkMode.Office, 11, 40);
        Record(AtHome, CheckDirection.In, WorkMode.Home, 7, 30);
        Record(AtHome, CheckDirection.Out, WorkMode.Home, 16, 0);
        Record(Late, CheckDirection.In, WorkMode.Office, 8, 10);
        Record(WrongMode, CheckDirection.In, WorkMode.Office, 7, 30);
        Record(WrongMode, CheckDirection.Out, WorkMode.Office, 16, 0);
        Record(Guru, CheckDirection.In, WorkMode.Office, 7, 0);
        await d.SaveChangesAsync();
    }
}
