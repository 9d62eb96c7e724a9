using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Rosters;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Rosters;

/// <summary>Planning a stored organisation's roster under its published circular, and what the stored roster says.</summary>
public abstract class RosterGenerationTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Theory]
    [InlineData("kebumen-2020.json")]
    [InlineData("kukar-2021.json")]
    public async Task The_whole_tenant_is_planned_and_the_exported_roster_checks_clean(string file)
    {
        var t = await TestScenarios.ImportAsync(Db, file);
        var scenario = TestScenarios.Read(file);
        var admin = await t.AccountAsync(null, Domain.Access.Role.TenantAdmin);
        await using var scope = await AsAsync(admin);

        var result = await scope.Get<RosterGenerator>().GenerateAsync(new GenerateRequest(null, scenario.Period.From, scenario.Period.To), CancellationToken.None);

        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        var plan = result.Value!;
        var solved = RosterSolver.Solve(scenario);
        Assert.Equal((RosterStatus.Draft, scenario.Policy.Number, scenario.Employees.Count, solved.Summary.WorkingDays),
            (plan.Status, plan.PolicyNumber, plan.EmployeeCount, plan.WorkingDayCount));
        Assert.Equal(solved.Assignments.Count, (await RosterWorld.EntriesAsync(Db, plan)).Count);
        Assert.Equal(solved.Shortfalls.Count, plan.ShortfallList().Count);
        Assert.Equal(solved.Violations.Count, plan.ViolationList().Count);

        var (exported, roster, problems) = await RosterWorld.CheckedExportAsync(Db, admin, plan.Id);
        Assert.Empty(problems);
        Assert.Equal((scenario.Units.Count, scenario.Employees.Count), (exported.Units.Count, exported.Employees.Count));
        Assert.Equal(scenario.Calendar.Holidays.Where(d => d >= scenario.Period.From && d <= scenario.Period.To), exported.Calendar.Holidays);
        Assert.Equal(solved.Summary, roster.Summary);
    }

    [Fact]
    public async Task An_employee_recorded_unavailable_is_planned_off_on_those_days()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var nip = w.Scenario.Employees.First(e => e.Unit == "bappeda.sekretariat.umum" && e.Unavailable.Count == 0).Id;
        var employee = await w.Tenant.EmployeeByNipAsync(nip);
        await using (var scope = await AsAsync(w.TenantAdmin))
        {
            var recorded = await scope.Get<UnavailabilityService>().RecordAsync(employee.Id,
                new UnavailabilityInput(w.From, w.From.AddDays(1), UnavailabilityCause.Quarantine, "kontak erat"), CancellationToken.None);
            Assert.True(recorded.IsDone, string.Join("; ", recorded.Problems));
        }

        var plan = await w.GenerateAsync(Db, w.TenantAdmin);

        var days = (await RosterWorld.EntriesAsync(Db, plan)).Where(e => e.EmployeeId == employee.Id).OrderBy(e => e.Date).ToList();
        Assert.Equal([(w.From, WorkMode.Off, AssignmentReason.Unavailable), (w.From.AddDays(1), WorkMode.Off, AssignmentReason.Unavailable)],
            days.Take(2).Select(d => (d.Date, d.Mode, d.Reason)));
        Assert.DoesNotContain(days.Skip(2), d => d.Mode == WorkMode.Off);
    }

    [Fact]
    public async Task A_period_without_a_circular_or_meeting_two_is_refused_with_the_dates()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var rules = w.Scenario.Policy with { Number = "060/2000/2020", EffectiveFrom = w.To.AddDays(10), EffectiveUntil = w.To.AddDays(30) };
        await w.Tenant.PublishedPolicyAsync(rules);
        await using var scope = await AsAsync(w.TenantAdmin);
        var generator = scope.Get<RosterGenerator>();

        var none = await generator.GenerateAsync(new GenerateRequest(null, w.From.AddYears(-1), w.To.AddYears(-1)), CancellationToken.None);
        var two = await generator.GenerateAsync(new GenerateRequest(null, w.From, w.To.AddDays(12)), CancellationToken.None);
        var backwards = await generator.GenerateAsync(new GenerateRequest(null, w.To, w.From), CancellationToken.None);

        Assert.Contains("tidak ada surat edaran terbit", Assert.Single(none.Problems).Message, StringComparison.Ordinal);
        var crossing = Assert.Single(two.Problems);
        Assert.Contains(w.Scenario.Policy.Number, crossing.Message, StringComparison.Ordinal);
        Assert.Contains($"{w.To.AddDays(10):yyyy-MM-dd}", crossing.Message, StringComparison.Ordinal);
        Assert.Equal("to", Assert.Single(backwards.Problems).Where);
        await using var check = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Equal(0, await check.Db.RosterPlans.CountAsync());
    }

    [Fact]
    public async Task The_plan_is_made_under_a_snapshot_that_later_amendments_do_not_touch()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var plan = await w.GenerateAsync(Db, w.TenantAdmin);
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var policy = await scope.Db.Policies.SingleAsync();
            policy.SetRules(policy.Rules with { MinimumOnSite = [], Title = "Diubah" });
            await scope.Db.SaveChangesAsync();
            Assert.Equal(policy.Id, plan.PolicyId);
        }
        await using var read = Db.NewScope().InTenant(w.Tenant.Id);
        var stored = await read.Db.RosterPlans.AsNoTracking().SingleAsync(p => p.Id == plan.Id);
        Assert.Equal(w.Scenario.Policy.MinimumOnSite.Select(r => (r.Per, r.Count)), stored.PolicySnapshot.MinimumOnSite.Select(r => (r.Per, r.Count)));
        Assert.Equal(w.Scenario.Policy.Title, stored.PolicySnapshot.Title);
    }

    [Fact]
    public async Task A_published_roster_blocks_new_plans_of_its_scope_and_period_and_drafts_can_be_discarded()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var draft = await w.GenerateAsync(Db, w.TenantAdmin);
        var published = await w.GenerateAsync(Db, w.DinkesAdmin, w.Dinkes.Id);
        await using var scope = await AsAsync(w.TenantAdmin);
        var plans = scope.Get<RosterPlanService>();
        Assert.True((await plans.PublishAsync(published.Id, CancellationToken.None)).IsDone);

        var again = await scope.Get<RosterGenerator>().GenerateAsync(new GenerateRequest(w.Dinkes.Id, w.From, w.To), CancellationToken.None);
        var publishTenant = await plans.PublishAsync(draft.Id, CancellationToken.None);
        var discardPublished = await plans.DiscardAsync(published.Id, CancellationToken.None);
        var discardDraft = await plans.DiscardAsync(draft.Id, CancellationToken.None);

        Assert.Contains("sudah diterbitkan", Assert.Single(again.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(CommandStatus.Refused, publishTenant.Status);
        Assert.Equal(CommandStatus.Refused, discardPublished.Status);
        Assert.True(discardDraft.IsDone);
        Assert.Empty(await RosterWorld.EntriesAsync(Db, draft));
        Assert.Equal([published.Id], (await plans.ListAsync(CancellationToken.None)).Value!.Select(p => p.Id));
    }

    [Fact]
    public async Task Two_overlapping_drafts_published_at_the_same_moment_publish_only_one()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var tenantDraft = await w.GenerateAsync(Db, w.TenantAdmin);
        var agencyDraft = await w.GenerateAsync(Db, w.DinkesAdmin, w.Dinkes.Id);
        await using var first = await AsAsync(w.TenantAdmin);
        await using var second = await AsAsync(w.TenantAdmin);

        var results = await Task.WhenAll(
            first.Get<RosterPlanService>().PublishAsync(tenantDraft.Id, CancellationToken.None),
            second.Get<RosterPlanService>().PublishAsync(agencyDraft.Id, CancellationToken.None));

        Assert.Single(results, r => r.IsDone);
        Assert.Single(results, r => r.Status == CommandStatus.Refused);
        await using var read = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Equal(1, await read.Db.RosterPlans.CountAsync(p => p.Status == RosterStatus.Published));
    }

    public sealed class OnSqlite(SqliteFixture db) : RosterGenerationTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : RosterGenerationTests(db), IClassFixture<PostgresFixture>;
}
