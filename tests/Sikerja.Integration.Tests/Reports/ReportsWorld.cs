using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Access;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Integration.Tests.Reports;

/// <summary>
/// A WIB tenant (Monday to Friday) in the week of Monday 1 June 2026, whose Wednesday is a holiday, under a
/// circular that requires reports of home workers (PNS and PPPK) and a published roster of that week. Dinas
/// Kesehatan: a Kepala Dinas and a Kepala Bidang (office), and in the Bidang: Ani (home; Monday approved on time,
/// Tuesday sent late, Thursday nothing, Friday a draft), Budi (office), Citra (home, sick Thursday and Friday;
/// Monday sent on time), Dedi (home, on official travel Tuesday), Eko (non-ASN, home). Dinas Pendidikan: a
/// teacher at home who sends nothing. Deadlines: the next working day at 10:00.
/// </summary>
public sealed class ReportsWorld
{
    public static readonly DateOnly Monday = new(2026, 6, 1);
    public static readonly DateOnly Tuesday = Monday.AddDays(1);
    public static readonly DateOnly Holiday = Monday.AddDays(2);
    public static readonly DateOnly Thursday = Monday.AddDays(3);
    public static readonly DateOnly Friday = Monday.AddDays(4);

    public required TestTenant Tenant { get; init; }
    public required OrgUnit Dinkes { get; init; }
    public required OrgUnit Bidang { get; init; }
    public required OrgUnit Disdik { get; init; }
    public required Employee Kadis { get; init; }
    public required Employee Kabid { get; init; }
    public required Employee Ani { get; init; }
    public required Employee Budi { get; init; }
    public required Employee Citra { get; init; }
    public required Employee Dedi { get; init; }
    public required Employee Eko { get; init; }
    public required Employee Guru { get; init; }
    public required Policy Policy { get; init; }
    public required Guid KadisAccount { get; init; }
    public required Guid KabidAccount { get; init; }
    public required Guid AniAccount { get; init; }
    public required Guid AgencyAdmin { get; init; }
    public required Guid TenantAdmin { get; init; }

    /// <summary>A UTC instant from a WIB wall-clock time.</summary>
    public static DateTime Wib(DateOnly date, int hour, int minute = 0) =>
        DateTime.SpecifyKind(date.ToDateTime(new TimeOnly(hour, minute)).AddHours(-7), DateTimeKind.Utc);

    public static async Task<ReportsWorld> CreateAsync(DatabaseFixture db)
    {
        var t = await TestTenant.CreateAsync(db);
        var dinkes = await t.UnitAsync($"{t.Code}.dinkes", OrgUnitType.Agency);
        var bidang = await t.UnitAsync($"{t.Code}.dinkes.p2p", OrgUnitType.Division, dinkes);
        var disdik = await t.UnitAsync($"{t.Code}.disdik", OrgUnitType.Agency);
        var kadis = await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Kepala Dinas");
        var kabid = await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Kepala Bidang");
        var ani = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Ani Rumah");
        var budi = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Budi Kantor");
        var citra = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Citra Sakit");
        var dedi = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Dedi Dinas Luar");
        var eko = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Eko Honorer", employment: Employment.NonAsn);
        var guru = await t.EmployeeAsync(disdik, PositionLevel.Functional, name: "Guru Disdik");
        var admin = await t.EmployeeAsync(dinkes, PositionLevel.Staff, name: "Admin Dinkes");
        var policy = await t.PublishedPolicyAsync(new PolicyRules("800/77/2026", "Sistem kerja ASN", Monday, Monday.AddDays(29),
            [Employment.Pns, Employment.Pppk], [], [], [Shift.FullDay], [], [], null, Staffing.Minimum));
        var world = new ReportsWorld
        {
            Tenant = t, Dinkes = dinkes, Bidang = bidang, Disdik = disdik, Kadis = kadis, Kabid = kabid,
            Ani = ani, Budi = budi, Citra = citra, Dedi = dedi, Eko = eko, Guru = guru, Policy = policy,
            KadisAccount = await t.AccountAsync(kadis),
            KabidAccount = await t.AccountAsync(kabid),
            AniAccount = await t.AccountAsync(ani),
            AgencyAdmin = await t.AccountAsync(admin, Role.AgencyAdmin, dinkes),
            TenantAdmin = await t.AccountAsync(null, Role.TenantAdmin),
        };
        await world.ArrangeAsync(db, admin);
        return world;
    }

    /// <summary>Sets who must report under the circular.</summary>
    public async Task ReportingAsync(DatabaseFixture db, ReportingScope scope)
    {
        await using var s = db.NewScope().InTenant(Tenant.Id);
        (await s.Db.Policies.SingleAsync(p => p.Id == Policy.Id)).Reporting = scope;
        await s.Db.SaveChangesAsync();
    }

    private async Task ArrangeAsync(DatabaseFixture db, Employee admin)
    {
        await using var scope = db.NewScope().InTenant(Tenant.Id);
        var d = scope.Db;
        d.Holidays.Add(new Holiday { TenantId = Tenant.Id, Date = Holiday, Name = "Libur uji", Kind = HolidayKind.National });
        var plan = new RosterPlan
        {
            TenantId = Tenant.Id, PolicyId = Policy.Id, PolicyNumber = Policy.Number, PolicySnapshot = Policy.Rules,
            From = Monday, To = Friday, Status = RosterStatus.Published, GeneratedAt = DateTime.UtcNow, PublishedAt = DateTime.UtcNow,
        };
        d.RosterPlans.Add(plan);
        foreach (var date in new[] { Monday, Tuesday, Thursday, Friday })
        {
            void Entry(Employee e, WorkMode mode) => d.RosterEntries.Add(new RosterEntry
            {
                PlanId = plan.Id, EmployeeId = e.Id, Date = date, TenantId = Tenant.Id, UnitId = e.UnitId, Mode = mode,
                Shifts = mode == WorkMode.Office ? ShiftSet.One(0) : ShiftSet.None, Reason = mode == WorkMode.Office ? AssignmentReason.Minimum : AssignmentReason.Home,
            });
            Entry(Kadis, WorkMode.Office);
            Entry(Kabid, WorkMode.Office);
            Entry(Ani, WorkMode.Home);
            Entry(Budi, WorkMode.Office);
            Entry(Citra, WorkMode.Home);
            Entry(Dedi, WorkMode.Home);
            Entry(Eko, WorkMode.Home);
            Entry(Guru, WorkMode.Home);
            Entry(admin, WorkMode.Office);
        }
        d.Unavailabilities.Add(new Unavailability { TenantId = Tenant.Id, EmployeeId = Citra.Id, From = Thursday, To = Friday, Cause = UnavailabilityCause.Sick });
        d.TravelPermits.Add(new TravelPermit
        {
            TenantId = Tenant.Id, EmployeeId = Dedi.Id, AgencyId = Dinkes.Id, Category = TravelCategory.FunctionalOrGeneral, Purpose = TravelPurpose.Official,
            DestinationCode = "64.72", DestinationName = "Kota Samarinda", LeavesOn = Tuesday, ReturnsOn = Tuesday, Reason = "Rapat koordinasi",
            Contact = "0811", OutOfRegion = true, Status = PermitStatus.Approved, RequestedAt = DateTime.UtcNow, RequestedBy = Guid.NewGuid(),
        });
        // A family trip is not official travel: it excuses nothing.
        d.TravelPermits.Add(new TravelPermit
        {
            TenantId = Tenant.Id, EmployeeId = Ani.Id, AgencyId = Dinkes.Id, Category = TravelCategory.FunctionalOrGeneral, Purpose = TravelPurpose.Family,
            DestinationCode = "64.72", DestinationName = "Kota Samarinda", LeavesOn = Thursday, ReturnsOn = Thursday, Reason = "Keluarga",
            Contact = "0811", OutOfRegion = true, Status = PermitStatus.Approved, RequestedAt = DateTime.UtcNow, RequestedBy = Guid.NewGuid(),
        });
        Report(Ani, Monday, ReportStatus.Approved, late: false);
        Report(Ani, Tuesday, ReportStatus.Submitted, late: true);
        Report(Ani, Friday, ReportStatus.Draft, late: false);
        Report(Citra, Monday, ReportStatus.Submitted, late: false);
        await d.SaveChangesAsync();

        void Report(Employee e, DateOnly date, ReportStatus status, bool late) => d.DailyReports.Add(new DailyReport
        {
            TenantId = Tenant.Id, EmployeeId = e.Id, WorkDate = date, Status = status, Late = late,
            SubmittedAt = status == ReportStatus.Draft ? null : Wib(date, 16), UpdatedAt = Wib(date, 16),
        });
    }
}
