using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Access;
using Sikerja.Web.Features.People;

namespace Sikerja.Integration.Tests.People;

/// <summary>Who sees whom: tenants never see each other; agency admins their agency; supervisors their chain.</summary>
public abstract class VisibilityTests(DatabaseFixture db) : DatabaseTest(db)
{
    private sealed record World(TestTenant Tenant, OrgUnit Dinkes, OrgUnit Bidang, OrgUnit Disdik, Employee Kadis, Employee Kabid, Employee Staf, Employee Guru);

    private async Task<World> ArrangeAsync()
    {
        var t = await NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("dinkes.p2p", OrgUnitType.Division, dinkes);
        var disdik = await t.UnitAsync("disdik", OrgUnitType.Agency);
        var kadis = await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Kadis");
        var kabid = await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Kabid");
        var staf = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Staf", priorityHome: true);
        var guru = await t.EmployeeAsync(disdik, PositionLevel.Functional, name: "Guru");
        return new World(t, dinkes, bidang, disdik, kadis, kabid, staf, guru);
    }

    private async Task<List<string>> VisibleNamesAsync(Guid user)
    {
        await using var scope = await AsAsync(user);
        var query = await scope.Get<OrganisationAccess>().VisibleEmployeesAsync(CancellationToken.None);
        return await query.OrderBy(e => e.Name).Select(e => e.Name).ToListAsync();
    }

    [Fact]
    public async Task A_tenant_admin_sees_the_whole_tenant_and_nothing_of_another()
    {
        var w = await ArrangeAsync();
        var other = await ArrangeAsync();
        var admin = await w.Tenant.AccountAsync(null, Role.TenantAdmin);
        Assert.Equal(["Guru", "Kabid", "Kadis", "Staf"], await VisibleNamesAsync(admin));

        await using var scope = await AsAsync(admin);
        Assert.Null(await scope.Get<PeopleQuery>().DetailAsync(other.Staf.Id, CancellationToken.None));
        Assert.Equal(4, await scope.Db.Employees.CountAsync());
    }

    [Fact]
    public async Task An_agency_admin_sees_only_the_agency()
    {
        var w = await ArrangeAsync();
        var admin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Dinkes);
        Assert.Equal(["Kabid", "Kadis", "Staf"], await VisibleNamesAsync(admin));
    }

    [Fact]
    public async Task A_supervisor_sees_the_chain_below_and_an_employee_only_themselves()
    {
        var w = await ArrangeAsync();
        Assert.Equal(["Kabid", "Kadis", "Staf"], await VisibleNamesAsync(await w.Tenant.AccountAsync(w.Kadis)));
        Assert.Equal(["Kabid", "Staf"], await VisibleNamesAsync(await w.Tenant.AccountAsync(w.Kabid)));
        Assert.Equal(["Staf"], await VisibleNamesAsync(await w.Tenant.AccountAsync(w.Staf)));
    }

    [Fact]
    public async Task Health_data_is_shown_to_the_employee_and_admins_but_not_to_supervisors_or_leadership()
    {
        var w = await ArrangeAsync();
        async Task<bool> ShowsHealth(Guid user)
        {
            await using var scope = await AsAsync(user);
            var detail = await scope.Get<PeopleQuery>().DetailAsync(w.Staf.Id, CancellationToken.None);
            Assert.NotNull(detail);
            Assert.Equal(detail.ShowsHealth, detail.Employee.PriorityHome);
            return detail.ShowsHealth;
        }

        Assert.True(await ShowsHealth(await w.Tenant.AccountAsync(w.Staf)));
        Assert.True(await ShowsHealth(await w.Tenant.AccountAsync(null, Role.TenantAdmin)));
        Assert.True(await ShowsHealth(await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Dinkes)));
        Assert.False(await ShowsHealth(await w.Tenant.AccountAsync(w.Kabid)));
        Assert.False(await ShowsHealth(await w.Tenant.AccountAsync(null, Role.Leadership)));
    }

    [Fact]
    public async Task The_detail_shows_the_reporting_chain_nearest_first()
    {
        var w = await ArrangeAsync();
        await using var scope = await AsAsync(await w.Tenant.AccountAsync(w.Staf));
        var detail = await scope.Get<PeopleQuery>().DetailAsync(w.Staf.Id, CancellationToken.None);
        Assert.Equal(["Kabid", "Kadis"], detail!.ChainAbove.Select(r => r.Name));
    }

    public sealed class OnSqlite(SqliteFixture db) : VisibilityTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : VisibilityTests(db), IClassFixture<PostgresFixture>;
}
