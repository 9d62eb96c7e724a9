using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Access;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Rosters;

/// <summary>
/// Who plans, reads and publishes which roster: tenant admins everything, agency admins their agency (and their part
/// of a whole-tenant roster, which only a tenant admin publishes), leadership reads, employees and other tenants nothing.
/// </summary>
public abstract class RosterRightsTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<CommandResult<RosterGrid>> GridAsync(Guid user, Guid plan, Guid? unit = null)
    {
        await using var scope = await AsAsync(user);
        return await scope.Get<RosterGridQuery>().GridAsync(plan, unit, 1, CancellationToken.None);
    }

    [Fact]
    public async Task An_agency_admin_plans_and_publishes_their_agency_and_nothing_else()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        await using var scope = await AsAsync(w.DinkesAdmin);
        var generator = scope.Get<RosterGenerator>();

        var tenantWide = await generator.GenerateAsync(new GenerateRequest(null, w.From, w.To), CancellationToken.None);
        var bappeda = await generator.GenerateAsync(new GenerateRequest(w.Bappeda.Id, w.From, w.To), CancellationToken.None);
        var dinkes = await generator.GenerateAsync(new GenerateRequest(w.Dinkes.Id, w.From, w.To), CancellationToken.None);

        Assert.Equal((CommandStatus.Forbidden, CommandStatus.Forbidden), (tenantWide.Status, bappeda.Status));
        Assert.True(dinkes.IsDone, string.Join("; ", dinkes.Problems));
        Assert.Equal(w.Scenario.Employees.Count(e => e.Unit.StartsWith("dinkes", StringComparison.Ordinal)), dinkes.Value!.EmployeeCount);
        Assert.True((await scope.Get<RosterPlanService>().PublishAsync(dinkes.Value.Id, CancellationToken.None)).IsDone);
    }

    [Fact]
    public async Task In_a_whole_tenant_roster_an_agency_admin_sees_their_agency_only_and_cannot_publish_it()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var plan = await w.GenerateAsync(Db, w.TenantAdmin);
        var bappedaSection = await w.Tenant.UnitByCodeAsync("bappeda.sekretariat.umum");

        var grid = await GridAsync(w.DinkesAdmin, plan.Id);
        var otherUnit = await GridAsync(w.DinkesAdmin, plan.Id, bappedaSection.Id);
        await using var scope = await AsAsync(w.DinkesAdmin);
        var publish = await scope.Get<RosterPlanService>().PublishAsync(plan.Id, CancellationToken.None);

        Assert.True(grid.IsDone);
        Assert.All(grid.Value!.Units, u => Assert.Equal(w.Dinkes.Id, u.AgencyId));
        Assert.All(grid.Value.Shortfalls, s => Assert.StartsWith("dinkes", s.Unit, StringComparison.Ordinal));
        Assert.True(grid.Value.CanEdit);
        Assert.False(grid.Value.CanPublish);
        Assert.Equal(CommandStatus.NotFound, otherUnit.Status);
        Assert.Equal(CommandStatus.Forbidden, publish.Status);
    }

    [Fact]
    public async Task Leadership_reads_without_editing_and_sees_no_health_data()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var plan = await w.GenerateAsync(Db, w.TenantAdmin);
        var leader = await w.Tenant.AccountAsync(null, Role.Leadership);
        var priority = (await w.EmployeesAsync(Db)).First(e => e.Value.PriorityHome && e.Value.Unit.StartsWith("dinkes", StringComparison.Ordinal)).Key;
        var unit = (await RosterWorld.EntriesAsync(Db, plan)).First(e => e.EmployeeId == priority).UnitId;

        var grid = await GridAsync(leader, plan.Id, unit);
        await using var scope = await AsAsync(leader);
        var export = await scope.Get<RosterExports>().RosterAsync(plan.Id, CancellationToken.None);

        Assert.True(grid.IsDone);
        Assert.False(grid.Value!.CanEdit || grid.Value.CanPublish);
        var cells = grid.Value.Rows.Single(r => r.EmployeeId == priority).Cells;
        Assert.DoesNotContain(cells, c => c.Reason == Domain.Rosters.AssignmentReason.PriorityHome);
        Assert.Equal(CommandStatus.NotFound, export.Status);
    }

    [Fact]
    public async Task An_employee_and_another_tenant_get_nothing()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var plan = await w.GenerateAsync(Db, w.TenantAdmin);
        var other = await RosterWorld.KebumenAsync(Db);

        var byEmployee = await GridAsync(w.Employee, plan.Id);
        var byOtherTenant = await GridAsync(other.TenantAdmin, plan.Id);
        await using var scope = await AsAsync(w.Employee);
        var list = await scope.Get<RosterPlanService>().ListAsync(CancellationToken.None);
        var generate = await scope.Get<RosterGenerator>().GenerateAsync(new GenerateRequest(null, w.From, w.To), CancellationToken.None);
        await using var otherScope = await AsAsync(other.TenantAdmin);
        var otherList = await otherScope.Get<RosterPlanService>().ListAsync(CancellationToken.None);
        var otherPublish = await otherScope.Get<RosterPlanService>().PublishAsync(plan.Id, CancellationToken.None);

        Assert.Equal(CommandStatus.Forbidden, byEmployee.Status);
        Assert.Equal(CommandStatus.NotFound, byOtherTenant.Status);
        Assert.Equal((CommandStatus.Forbidden, CommandStatus.Forbidden), (list.Status, generate.Status));
        Assert.Empty(otherList.Value!);
        Assert.Equal(CommandStatus.NotFound, otherPublish.Status);
        await using var check = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Equal(RosterStatus.Draft, (await check.Db.RosterPlans.SingleAsync(p => p.Id == plan.Id)).Status);
    }

    public sealed class OnSqlite(SqliteFixture db) : RosterRightsTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : RosterRightsTests(db), IClassFixture<PostgresFixture>;
}
