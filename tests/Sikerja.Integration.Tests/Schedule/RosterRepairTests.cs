using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.RosterRepairs;
using Sikerja.Web.Features.Schedule;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Schedule.PublishedRosterWorld;

namespace Sikerja.Integration.Tests.Schedule;

/// <summary>
/// Repair after publication: stores exactly the assignments that changed, records them beside the ones before,
/// notifies exactly the employees whose days changed, and is refused where it has no business.
/// </summary>
public abstract class RosterRepairTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<CommandResult<RepairOutcome>> RepairAsync(Guid account, Guid planId, RepairRequest request)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<RosterRepairService>().RepairAsync(planId, request, CancellationToken.None);
    }

    /// <summary>A staff member of Seksi A on morning duty tomorrow (the roster needs one there in each shift).</summary>
    private static Employee OnMorningDuty(PublishedRosterWorld w, Dictionary<(Guid Employee, DateOnly Date), Data.Rosters.RosterEntry> entries, DateOnly day) =>
        w.StaffA.First(e => entries[(e.Id, day)] is { Mode: WorkMode.Office } entry && entry.Shifts.Contains(0));

    private async Task<int> NotificationsOfAsync(PublishedRosterWorld w, Guid employee)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return await scope.Db.Notifications.CountAsync(n => n.EmployeeId == employee);
    }

    [Fact]
    public async Task A_repair_stores_exactly_the_changed_assignments_records_them_and_notifies_those_concerned()
    {
        var w = await CreateAsync(Db);
        var tomorrow = w.Today.AddDays(1);
        var before = await w.EntriesAsync(Db);
        var sick = OnMorningDuty(w, before, tomorrow);
        await w.SickAsync(Db, sick, tomorrow, tomorrow.AddDays(1));

        var preview = await RepairAsync(w.AdminAccount, w.Plan.Id, new RepairRequest(DryRun: true));
        Assert.True(preview.IsDone, string.Join("; ", preview.Problems));
        Assert.False(preview.Value!.Saved);
        Assert.Equal(before.Values.Select(e => (e.EmployeeId, e.Date, e.Mode, e.ShiftMask)), (await w.EntriesAsync(Db)).Values.Select(e => (e.EmployeeId, e.Date, e.Mode, e.ShiftMask)));

        var repair = await RepairAsync(w.AdminAccount, w.Plan.Id, new RepairRequest());
        Assert.True(repair.IsDone, string.Join("; ", repair.Problems));
        var outcome = repair.Value!;
        Assert.True(outcome.Saved);
        Assert.Equal(w.Today, outcome.From);
        Assert.Equal(Summary(preview.Value.Changes), Summary(outcome.Changes));

        // The sick employee is off both days, for the recorded cause; someone of Seksi A takes the morning shift.
        Assert.Equal([tomorrow, tomorrow.AddDays(1)],
            outcome.Changes.Where(c => c.EmployeeId == sick.Id).Select(c => c.Date));
        Assert.All(outcome.Changes.Where(c => c.EmployeeId == sick.Id),
            c => Assert.Equal((WorkMode.Off, ChangeCause.Unavailable, UnavailabilityCause.Sick), (c.After.Mode, c.Cause, c.UnavailableBecause)));
        Assert.Contains(outcome.Changes, c => c.EmployeeId != sick.Id && c.Date == tomorrow && c.After.Mode == WorkMode.Office
            && c.After.Shifts.Contains(Morning) && c.Cause == ChangeCause.NeededAtOffice);

        // Exactly the changed entries differ from the published roster, each as the outcome says.
        var after = await w.EntriesAsync(Db);
        var differing = after.Values.Where(e => before[(e.EmployeeId, e.Date)] is var b && (b.Mode, b.ShiftMask, b.Reason) != (e.Mode, e.ShiftMask, e.Reason))
            .Select(e => (e.EmployeeId, e.Date)).Order().ToList();
        Assert.Equal(outcome.Changes.Select(c => (c.EmployeeId, c.Date)).Order(), differing);
        Assert.All(outcome.Changes, c => Assert.Equal(c.After.Mode, after[(c.EmployeeId, c.Date)].Mode));

        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var revision = await scope.Db.RosterRevisions.SingleAsync(r => r.PlanId == w.Plan.Id);
            Assert.Equal((outcome.RevisionId, outcome.Changes.Count, w.Today, "Admin Kepegawaian"), (revision.Id, revision.ChangeCount, revision.FirstDate, revision.ByName));
            var recorded = await scope.Db.RosterRevisionChanges.Where(c => c.RevisionId == revision.Id).ToListAsync();
            Assert.Equal(differing, recorded.Select(c => (c.EmployeeId, c.Date)).Order());
            Assert.All(recorded, c => Assert.Equal(before[(c.EmployeeId, c.Date)].Mode, c.BeforeMode));
            Assert.Equal(outcome.Changes.Count, await scope.Db.AuditEntries.CountAsync(a => a.TenantId == w.Tenant.Id && a.EntityType == "RosterEntry" && a.Action == "Updated"));
            Assert.Equal(1, await scope.Db.AuditEntries.CountAsync(a => a.TenantId == w.Tenant.Id && a.EntityType == "RosterRevision" && a.Action == "Created"));
        }

        // One notification to each employee whose days changed, saying which days and from where to where; none to the others.
        var concerned = outcome.Changes.Select(c => c.EmployeeId).ToHashSet();
        foreach (var e in w.Everyone)
        {
            Assert.Equal(concerned.Contains(e.Id) ? 1 : 0, await NotificationsOfAsync(w, e.Id));
        }
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var notice = await scope.Db.Notifications.SingleAsync(n => n.EmployeeId == sick.Id);
            Assert.Equal((ScheduleChangeNotice.Title, ScheduleChangeNotice.Link), (notice.Title, notice.Link));
            Assert.Contains("di kantor, shift PAGI 07:30–11:30 WIB → tidak bertugas", notice.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("demam", notice.Text, StringComparison.Ordinal);
            var replacement = await scope.Db.Notifications.SingleAsync(n => n.EmployeeId != sick.Id && concerned.Contains(n.EmployeeId)
                && n.Text.Contains("→ di kantor, shift PAGI"));
            Assert.DoesNotContain(sick.Name, replacement.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Sakit", replacement.Text, StringComparison.Ordinal);
        }

        // The sick employee's own schedule shows the repaired days.
        await using (var scope = await AsAsync(await AccountOfAsync(w, sick)))
        {
            var mine = await scope.Get<ScheduleQuery>().MineAsync(tomorrow, tomorrow.AddDays(1), CancellationToken.None);
            Assert.All(mine.Value!.Days, d => Assert.Equal((ScheduleDayKind.Off, UnavailabilityCause.Sick), (d.Kind, d.Cause)));
        }

        // Nothing new since: a second repair changes nothing and records nothing.
        var again = await RepairAsync(w.AdminAccount, w.Plan.Id, new RepairRequest());
        Assert.Equal((false, 0), (again.Value!.Saved, again.Value.Changes.Count));
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            Assert.Equal(1, await scope.Db.RosterRevisions.CountAsync(r => r.PlanId == w.Plan.Id));
        }
    }

    [Fact]
    public async Task A_repair_keeps_a_cell_set_by_hand_unless_its_employee_can_no_longer_work()
    {
        var w = await CreateAsync(Db);
        var tomorrow = w.Today.AddDays(1);
        var before = await w.EntriesAsync(Db);
        var sick = OnMorningDuty(w, before, tomorrow);
        // An admin sent a colleague at home to the office by hand, and the sick employee's own day was also set by hand.
        var colleague = w.StaffA.First(e => e.Id != sick.Id && before[(e.Id, tomorrow)].Mode == WorkMode.Home);
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            foreach (var (employee, mode) in new[] { (colleague.Id, WorkMode.Office), (sick.Id, WorkMode.Office) })
            {
                var entry = await scope.Db.RosterEntries.SingleAsync(e => e.PlanId == w.Plan.Id && e.EmployeeId == employee && e.Date == tomorrow);
                (entry.Mode, entry.Shifts, entry.Overridden, entry.OverrideReason) = (mode, ShiftSet.All(2), true, "izin kerja di kantor disetujui atasan");
            }
            await scope.Db.SaveChangesAsync();
        }
        await w.SickAsync(Db, sick, tomorrow, tomorrow);

        var repair = await RepairAsync(w.AdminAccount, w.Plan.Id, new RepairRequest());

        Assert.True(repair.IsDone, string.Join("; ", repair.Problems));
        Assert.DoesNotContain(repair.Value!.Changes, c => c.EmployeeId == colleague.Id && c.Date == tomorrow);
        Assert.Contains(repair.Value.Changes, c => c.EmployeeId == sick.Id && c.Date == tomorrow && c.After.Mode == WorkMode.Off);
        var after = await w.EntriesAsync(Db);
        Assert.Equal((WorkMode.Office, true), (after[(colleague.Id, tomorrow)].Mode, after[(colleague.Id, tomorrow)].Overridden));
        Assert.Equal((WorkMode.Off, false), (after[(sick.Id, tomorrow)].Mode, after[(sick.Id, tomorrow)].Overridden));
    }

    private async Task<Guid> AccountOfAsync(PublishedRosterWorld w, Employee e)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return await scope.Db.Users.Where(u => u.EmployeeId == e.Id).Select(u => u.Id).SingleAsync();
    }

    private static List<string> Summary(IEnumerable<RosterChangeRow> changes) =>
        [.. changes.Select(c => $"{c.EmployeeId} {c.Date} {c.Before.Mode}/{string.Join("+", c.Before.Shifts.Select(s => s.Code))} → {c.After.Mode}/{string.Join("+", c.After.Shifts.Select(s => s.Code))} {c.Cause}")];

    [Fact]
    public async Task Days_before_the_chosen_first_day_stay_as_published()
    {
        var w = await CreateAsync(Db);
        var before = await w.EntriesAsync(Db);
        var sick = OnMorningDuty(w, before, w.Today.AddDays(1));
        await w.SickAsync(Db, sick, w.Today.AddDays(1), w.Today.AddDays(3));

        var outcome = (await RepairAsync(w.AdminAccount, w.Plan.Id, new RepairRequest(w.Today.AddDays(3)))).Value!;

        Assert.NotEmpty(outcome.Changes);
        Assert.All(outcome.Changes, c => Assert.True(c.Date >= w.Today.AddDays(3)));
        var after = await w.EntriesAsync(Db);
        Assert.Equal(before[(sick.Id, w.Today.AddDays(1))].Mode, after[(sick.Id, w.Today.AddDays(1))].Mode);
        Assert.Equal(WorkMode.Off, after[(sick.Id, w.Today.AddDays(3))].Mode);
    }

    [Fact]
    public async Task A_repair_is_refused_on_a_draft_before_today_and_to_those_who_may_not_publish()
    {
        var w = await CreateAsync(Db, days: 3);
        var draft = await PublishAsync(Db, w.AdminAccount, w.Today.AddDays(10), w.Today.AddDays(12), publish: false);
        var onDraft = await RepairAsync(w.AdminAccount, draft.Id, new RepairRequest());
        Assert.Equal(CommandStatus.Refused, onDraft.Status);
        Assert.Equal("status", onDraft.Problems.Single().Where);

        var yesterday = await RepairAsync(w.AdminAccount, w.Plan.Id, new RepairRequest(w.Today.AddDays(-1)));
        Assert.Equal(("from", $"hari yang sudah lewat tidak diubah: mulai paling awal {w.Today:yyyy-MM-dd}"), (yesterday.Problems[0].Where, yesterday.Problems[0].Message));
        var outside = await RepairAsync(w.AdminAccount, w.Plan.Id, new RepairRequest(w.Today.AddDays(5)));
        Assert.Equal("from", outside.Problems.Single().Where);

        var staff = await AccountOfAsync(w, w.StaffA[0]);
        Assert.Equal(CommandStatus.NotFound, (await RepairAsync(staff, w.Plan.Id, new RepairRequest(DryRun: true))).Status);
        // An agency admin reviews their part of a whole-tenant roster; only a tenant admin repairs it.
        var agencyAdmin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Dinas);
        Assert.Equal(CommandStatus.Forbidden, (await RepairAsync(agencyAdmin, w.Plan.Id, new RepairRequest(DryRun: true))).Status);
        var leadership = await w.Tenant.AccountAsync(null, Role.Leadership);
        Assert.Equal(CommandStatus.Forbidden, (await RepairAsync(leadership, w.Plan.Id, new RepairRequest(DryRun: true))).Status);
        var other = await CreateAsync(Db, days: 2);
        Assert.Equal(CommandStatus.NotFound, (await RepairAsync(other.AdminAccount, w.Plan.Id, new RepairRequest(DryRun: true))).Status);
    }

    public sealed class OnSqlite(SqliteFixture db) : RosterRepairTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : RosterRepairTests(db), IClassFixture<PostgresFixture>;
}
