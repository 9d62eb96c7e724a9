using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Rosters;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Rosters;

/// <summary>Editing a draft's cells: checked at once, refused with the rule in words, or kept by an audited override.</summary>
public abstract class RosterEditTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<CommandResult<CellEditOutcome>> EditAsync(Guid user, Guid plan, CellEditInput input)
    {
        await using var scope = await AsAsync(user);
        return await scope.Get<RosterEditor>().EditAsync(plan, input, CancellationToken.None);
    }

    private async Task<RosterEntry> EntryAsync(RosterPlan plan, Guid employee, DateOnly date)
    {
        await using var scope = Db.NewScope().InTenant(plan.TenantId);
        return await scope.Db.RosterEntries.AsNoTracking().SingleAsync(e => e.PlanId == plan.Id && e.EmployeeId == employee && e.Date == date);
    }

    [Fact]
    public async Task An_edit_that_breaks_a_minimum_is_refused_saying_which_rule_and_where_and_nothing_changes()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var plan = await w.GenerateAsync(Db, w.TenantAdmin);
        var needed = await w.NeededAsync(Db, plan, "bappeda", PositionLevel.Supervisor);

        var result = await EditAsync(w.TenantAdmin, plan.Id, new CellEditInput(needed.EmployeeId, w.From, WorkMode.Home, null));

        Assert.Equal(CommandStatus.Refused, result.Status);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains("aturan minimum 2 (1 Pengawas per Dinas/Badan)", StringComparison.Ordinal));
        Assert.Equal("mode", problem.Where);
        Assert.StartsWith(w.Bappeda.Name, problem.Message, StringComparison.Ordinal);
        Assert.Equal((WorkMode.Office, AssignmentReason.Minimum, false), await Cell(plan, needed.EmployeeId, w.From));
    }

    [Fact]
    public async Task An_override_needs_a_reason_keeps_the_edit_counts_the_shortfall_and_is_audited()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var plan = await w.GenerateAsync(Db, w.TenantAdmin);
        var needed = await w.NeededAsync(Db, plan, "bappeda", PositionLevel.Supervisor);
        var shortfallsBefore = plan.ShortfallList().Count(s => s.Unit == "bappeda" && s.Date == w.From);

        var withoutReason = await EditAsync(w.TenantAdmin, plan.Id, new CellEditInput(needed.EmployeeId, w.From, WorkMode.Home, null, Override: true));
        var overridden = await EditAsync(w.TenantAdmin, plan.Id,
            new CellEditInput(needed.EmployeeId, w.From, WorkMode.Home, null, Override: true, OverrideReason: "rapat daring seharian"));

        Assert.Equal("overrideReason", Assert.Single(withoutReason.Problems).Where);
        Assert.True(overridden.IsDone, string.Join("; ", overridden.Problems));
        Assert.NotEmpty(overridden.Value!.OverriddenRules);
        var entry = await EntryAsync(plan, needed.EmployeeId, w.From);
        Assert.Equal((WorkMode.Home, AssignmentReason.Home, true, "rapat daring seharian"), (entry.Mode, entry.Reason, entry.Overridden, entry.OverrideReason));
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var stored = await scope.Db.RosterPlans.AsNoTracking().SingleAsync(p => p.Id == plan.Id);
        Assert.Equal(shortfallsBefore + 1, stored.ShortfallList().Count(s => s.Unit == "bappeda" && s.Date == w.From));
        var audit = await scope.Db.AuditEntries.Where(a => a.TenantId == w.Tenant.Id && a.EntityType == nameof(RosterEntry)).ToListAsync();
        var change = Assert.Single(audit);
        Assert.Equal("Updated", change.Action);
        Assert.Contains("rapat daring seharian", change.After, StringComparison.Ordinal);
        Assert.Contains(needed.EmployeeId.ToString(), change.EntityId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marking_off_someone_recorded_sick_after_planning_is_valid_and_the_roster_still_checks_clean()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var plan = await w.GenerateAsync(Db, w.TenantAdmin);
        var atHome = (await RosterWorld.EntriesAsync(Db, plan)).First(e => e.Date == w.From && e.Reason == AssignmentReason.Home);
        await using (var scope = await AsAsync(w.TenantAdmin))
        {
            Assert.True((await scope.Get<UnavailabilityService>().RecordAsync(atHome.EmployeeId,
                new UnavailabilityInput(w.From, w.From, UnavailabilityCause.Sick, null), CancellationToken.None)).IsDone);
        }

        var result = await EditAsync(w.TenantAdmin, plan.Id, new CellEditInput(atHome.EmployeeId, w.From, WorkMode.Off, null));

        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        Assert.Empty(result.Value!.OverriddenRules);
        Assert.Equal((WorkMode.Off, AssignmentReason.Unavailable, false), await Cell(plan, atHome.EmployeeId, w.From));
        var (_, _, problems) = await RosterWorld.CheckedExportAsync(Db, w.TenantAdmin, plan.Id);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_shift_the_policy_does_not_have_is_refused()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var plan = await w.GenerateAsync(Db, w.TenantAdmin);
        var any = (await RosterWorld.EntriesAsync(Db, plan)).First(e => e.Date == w.From);

        var result = await EditAsync(w.TenantAdmin, plan.Id, new CellEditInput(any.EmployeeId, w.From, WorkMode.Office, "MALAM"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("shift", problem.Where);
        Assert.Contains("FULL", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agency_admins_edit_their_agency_only_and_published_rosters_only_through_repair()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var plan = await w.GenerateAsync(Db, w.TenantAdmin);
        var bappedaCell = await w.NeededAsync(Db, plan, "bappeda", PositionLevel.Supervisor);
        var dinkesCell = await w.NeededAsync(Db, plan, "dinkes", PositionLevel.Administrator);

        var elsewhere = await EditAsync(w.DinkesAdmin, plan.Id, new CellEditInput(bappedaCell.EmployeeId, w.From, WorkMode.Home, null));
        var own = await EditAsync(w.DinkesAdmin, plan.Id, new CellEditInput(dinkesCell.EmployeeId, w.From, WorkMode.Home, null));
        var employee = await EditAsync(w.Employee, plan.Id, new CellEditInput(bappedaCell.EmployeeId, w.From, WorkMode.Home, null));
        await using (var scope = await AsAsync(w.TenantAdmin))
        {
            Assert.True((await scope.Get<RosterPlanService>().PublishAsync(plan.Id, CancellationToken.None)).IsDone);
        }
        var published = await EditAsync(w.TenantAdmin, plan.Id, new CellEditInput(dinkesCell.EmployeeId, w.From, WorkMode.Home, null, true, "uji"));

        Assert.Equal(CommandStatus.NotFound, elsewhere.Status);
        Assert.Equal(CommandStatus.Refused, own.Status);
        Assert.Equal(CommandStatus.NotFound, employee.Status);
        Assert.Equal("status", Assert.Single(published.Problems).Where);
        Assert.Equal((WorkMode.Office, AssignmentReason.Minimum, false), await Cell(plan, dinkesCell.EmployeeId, w.From));
    }

    private async Task<(WorkMode, AssignmentReason, bool)> Cell(RosterPlan plan, Guid employee, DateOnly date)
    {
        var e = await EntryAsync(plan, employee, date);
        return (e.Mode, e.Reason, e.Overridden);
    }

    public sealed class OnSqlite(SqliteFixture db) : RosterEditTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : RosterEditTests(db), IClassFixture<PostgresFixture>;
}
