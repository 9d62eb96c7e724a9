using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters.Json;
using Sikerja.Domain.Tenants;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Policies;

namespace Sikerja.Integration.Tests.Policies;

/// <summary>
/// A small regency for the circular tests: two agencies (Dinkes with a Bidang, Disdik) and a BPBD; PNS, PPPK,
/// non-ASN and an inactive employee; a tenant admin, leadership, Dinkes's agency admin and employee accounts.
/// </summary>
public sealed record PolicyWorld(
    TestTenant Tenant, OrgUnit Dinkes, OrgUnit Bidang, OrgUnit Disdik, OrgUnit Bpbd,
    Employee Kadis, Employee Staff, Employee Teacher, Employee Contract, Employee Retired,
    Guid Admin, Guid Leader, Guid DinkesAdmin, Guid StaffUser, Guid TeacherUser, Guid ContractUser)
{
    /// <summary>Today in the tenant's zone (WIB), as the services see it.</summary>
    public static DateOnly Today => new TenantClock(TimeProvider.System, IndonesianTimeZones.Wib).Today;

    public static async Task<PolicyWorld> ArrangeAsync(DatabaseFixture db)
    {
        var t = await TestTenant.CreateAsync(db);
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("dinkes.p2p", OrgUnitType.Division, dinkes);
        var disdik = await t.UnitAsync("disdik", OrgUnitType.Agency);
        var bpbd = await t.UnitAsync("bpbd", OrgUnitType.Agency);
        var kadis = await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Kepala Dinkes");
        var staff = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Staf P2P");
        var teacher = await t.EmployeeAsync(disdik, PositionLevel.Functional, name: "Guru PPPK", employment: Employment.Pppk);
        var contract = await t.EmployeeAsync(disdik, PositionLevel.Staff, name: "Honorer Disdik", employment: Employment.NonAsn);
        var retired = await t.EmployeeAsync(bpbd, PositionLevel.Staff, name: "Pensiunan BPBD");
        await using (var scope = db.NewScope().InTenant(t.Id))
        {
            (await scope.Db.Employees.SingleAsync(e => e.Id == retired.Id)).IsActive = false;
            await scope.Db.SaveChangesAsync();
        }
        return new PolicyWorld(t, dinkes, bidang, disdik, bpbd, kadis, staff, teacher, contract, retired,
            await t.AccountAsync(null, Role.TenantAdmin),
            await t.AccountAsync(kadis, Role.Leadership),
            await t.AccountAsync(null, Role.AgencyAdmin, dinkes),
            await t.AccountAsync(staff),
            await t.AccountAsync(teacher),
            await t.AccountAsync(contract));
    }

    /// <summary>ASN-only rules (PNS and PPPK), BPBD exempt, from <paramref name="from"/>.</summary>
    public static PolicyRules Rules(string number, DateOnly from, DateOnly? until) => new(
        number,
        "Penyesuaian Sistem Kerja ASN",
        from,
        until,
        [Employment.Pns, Employment.Pppk],
        [OrgUnitType.Hospital],
        ["bpbd"],
        [Shift.FullDay],
        [new Selector(Levels: [PositionLevel.Jpt])],
        [new MinimumRule(OrgUnitType.Agency, new Selector(Levels: [PositionLevel.Staff]), 1)],
        null,
        Staffing.Minimum);

    /// <summary>Rules as the spec's JSON: records holding lists compare by reference, their text by content.</summary>
    public static string Json(PolicyRules rules)
    {
        using var buffer = new MemoryStream();
        PolicyJson.Write(rules, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static PolicyDraft Draft(string number, DateOnly from, DateOnly? until) =>
        new("Bupati Uji", "Bupati Sukamaju", Today.AddDays(-1), Rules(number, from, until));
}
