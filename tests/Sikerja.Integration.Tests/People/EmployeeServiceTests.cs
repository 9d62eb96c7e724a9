using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.People;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.People;

/// <summary>Changing employees: only those who may, and never health data behind the back of those who may see it.</summary>
public abstract class EmployeeServiceTests(DatabaseFixture db) : DatabaseTest(db)
{
    private sealed record World(TestTenant Tenant, OrgUnit Dinkes, OrgUnit Bidang, OrgUnit Disdik, Employee Kabid, Employee Staf);

    private async Task<World> ArrangeAsync()
    {
        var t = await NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("dinkes.p2p", OrgUnitType.Division, dinkes);
        var disdik = await t.UnitAsync("disdik", OrgUnitType.Agency);
        await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Kadis");
        var kabid = await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Kabid");
        var staf = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Staf", priorityHome: true);
        return new World(t, dinkes, bidang, disdik, kabid, staf);
    }

    /// <summary>What a form or client that never saw the health fields sends: the employee with them empty.</summary>
    private static EmployeeInput WithoutHealth(Employee e, Guid? unitId = null) =>
        new(e.Nip, e.Name + " Renamed", e.Employment, e.Level, unitId ?? e.UnitId, e.Title, e.SupervisorOverride, e.Phone, PriorityHome: false, PriorityHomeReason: null);

    private async Task<CommandStatus> UpdateAsync(Guid user, EmployeeInput input, Guid employeeId)
    {
        await using var scope = await AsAsync(user);
        return (await scope.Get<EmployeeService>().UpdateAsync(employeeId, input, CancellationToken.None)).Status;
    }

    private async Task<Employee> StoredAsync(World w, Guid id)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return await scope.Db.Employees.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    [Fact]
    public async Task Supervisors_and_leadership_may_not_update_and_change_nothing()
    {
        var w = await ArrangeAsync();
        Assert.Equal(CommandStatus.Forbidden, await UpdateAsync(await w.Tenant.AccountAsync(w.Kabid), WithoutHealth(w.Staf), w.Staf.Id));
        Assert.Equal(CommandStatus.Forbidden, await UpdateAsync(await w.Tenant.AccountAsync(null, Role.Leadership), WithoutHealth(w.Staf), w.Staf.Id));

        var stored = await StoredAsync(w, w.Staf.Id);
        Assert.Equal(("Staf", true, "komorbid"), (stored.Name, stored.PriorityHome, stored.PriorityHomeReason));
    }

    [Fact]
    public async Task An_agency_admin_cannot_update_another_agencys_employee_nor_move_one_there()
    {
        var w = await ArrangeAsync();
        var disdikAdmin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Disdik);
        Assert.Equal(CommandStatus.NotFound, await UpdateAsync(disdikAdmin, WithoutHealth(w.Staf), w.Staf.Id));

        var dinkesAdmin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Dinkes);
        Assert.Equal(CommandStatus.Forbidden, await UpdateAsync(dinkesAdmin, WithoutHealth(w.Staf, w.Disdik.Id), w.Staf.Id));

        var stored = await StoredAsync(w, w.Staf.Id);
        Assert.Equal((w.Bidang.Id, "Staf", true, "komorbid"), (stored.UnitId, stored.Name, stored.PriorityHome, stored.PriorityHomeReason));
    }

    [Fact]
    public async Task The_agency_admin_who_sees_health_data_changes_it_and_gets_it_back()
    {
        var w = await ArrangeAsync();
        await using var scope = await AsAsync(await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Dinkes));
        var input = WithoutHealth(w.Staf) with { PriorityHome = true, PriorityHomeReason = "hamil" };
        var result = await scope.Get<EmployeeService>().UpdateAsync(w.Staf.Id, input, CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));

        var stored = await StoredAsync(w, w.Staf.Id);
        Assert.Equal(("Staf Renamed", true, "hamil"), (stored.Name, stored.PriorityHome, stored.PriorityHomeReason));
    }

    [Fact]
    public async Task Overlong_title_and_reason_are_refused_by_field_before_the_database_sees_them()
    {
        var w = await ArrangeAsync();
        await using var scope = await AsAsync(await w.Tenant.AccountAsync(null, Role.TenantAdmin));
        var input = WithoutHealth(w.Staf) with { Title = new string('x', 201), PriorityHome = true, PriorityHomeReason = new string('y', 401) };
        var result = await scope.Get<EmployeeService>().UpdateAsync(w.Staf.Id, input, CancellationToken.None);
        Assert.Equal(CommandStatus.Refused, result.Status);
        Assert.Equal(["priorityHomeReason", "title"], result.Problems.Select(p => p.Where).Order());
        Assert.Equal("Staf", (await StoredAsync(w, w.Staf.Id)).Name);
    }

    [Fact]
    public async Task The_default_superior_is_the_nearest_active_head_above_who_is_not_the_employee()
    {
        var w = await ArrangeAsync();
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var defaults = scope.Get<DefaultSupervisorQuery>();
        Assert.Equal("Kabid", (await defaults.ForAsync(null, w.Bidang.Id, CancellationToken.None))?.Name);
        Assert.Equal("Kadis", (await defaults.ForAsync(w.Kabid.Id, w.Bidang.Id, CancellationToken.None))?.Name);
        Assert.Null(await defaults.ForAsync(null, w.Disdik.Id, CancellationToken.None));

        await scope.Db.Employees.Where(e => e.Id == w.Kabid.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.IsActive, false));
        Assert.Equal("Kadis", (await defaults.ForAsync(null, w.Bidang.Id, CancellationToken.None))?.Name);
    }

    public sealed class OnSqlite(SqliteFixture db) : EmployeeServiceTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : EmployeeServiceTests(db), IClassFixture<PostgresFixture>;
}
