using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Rosters;

/// <summary>What a draft circular would do to the real organisation, before anyone signs it.</summary>
public abstract class PolicySimulationTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task A_draft_is_simulated_per_agency_and_day_with_its_shortfalls_explained_and_nothing_stored()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        Guid draftId;
        await using (var arrange = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var draft = new Policy { TenantId = w.Tenant.Id, Status = PolicyStatus.Draft, CreatedAt = DateTime.UtcNow };
            draft.SeriesId = draft.Id;
            draft.SetRules(w.Scenario.Policy with { Number = "060/9999/2020", EffectiveUntil = null, MaxOnSiteFraction = 0.1m });
            arrange.Db.Policies.Add(draft);
            await arrange.Db.SaveChangesAsync();
            draftId = draft.Id;
        }
        await using var scope = await AsAsync(w.TenantAdmin);

        var result = await scope.Get<PolicySimulation>().SimulateAsync(draftId, null, null, CancellationToken.None);

        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        var simulation = result.Value!;
        Assert.Equal((w.From, w.From.AddDays(PolicySimulation.DefaultDays - 1)), (simulation.From, simulation.To));
        var expected = RosterSolver.Solve(w.Scenario with
        {
            Period = new ScenarioPeriod(simulation.From, simulation.To),
            Policy = w.Scenario.Policy with { Number = "060/9999/2020", EffectiveUntil = null, MaxOnSiteFraction = 0.1m },
        });
        Assert.Equal(expected.Shortfalls.Count, simulation.ShortfallCount);
        Assert.Equal(expected.Violations.Count, simulation.ViolationCount);
        Assert.NotEqual(0, simulation.ViolationCount);
        Assert.All(simulation.Agencies, a => Assert.All(a.Days, d => Assert.Equal(a.Employees, d.OfficePerShift.Sum() + d.Home + d.Off)));
        var bappeda = simulation.Agencies.Single(a => a.Code == "bappeda");
        var explained = scope.Get<RosterExplainer>().Violation(bappeda.Violations[0], simulation.Policy.Rules, c => simulation.UnitNames[c]);
        Assert.StartsWith(w.Bappeda.Name, explained, StringComparison.Ordinal);
        Assert.Contains("10%", explained, StringComparison.Ordinal);
        Assert.Equal(0, await scope.Db.RosterPlans.CountAsync());
    }

    [Fact]
    public async Task Only_a_tenant_admin_simulates_and_a_period_must_be_in_order()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        await using var read = Db.NewScope().InTenant(w.Tenant.Id);
        var policy = await read.Db.Policies.SingleAsync();
        await using var agencyAdmin = await AsAsync(w.DinkesAdmin);
        await using var admin = await AsAsync(w.TenantAdmin);

        var forbidden = await agencyAdmin.Get<PolicySimulation>().SimulateAsync(policy.Id, null, null, CancellationToken.None);
        var backwards = await admin.Get<PolicySimulation>().SimulateAsync(policy.Id, w.To, w.From, CancellationToken.None);

        Assert.Equal(CommandStatus.Forbidden, forbidden.Status);
        Assert.Equal("to", Assert.Single(backwards.Problems).Where);
    }

    public sealed class OnSqlite(SqliteFixture db) : PolicySimulationTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : PolicySimulationTests(db), IClassFixture<PostgresFixture>;
}
