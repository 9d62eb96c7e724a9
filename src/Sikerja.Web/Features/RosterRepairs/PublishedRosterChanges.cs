using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Schedule;

namespace Sikerja.Web.Features.RosterRepairs;

/// <summary>One changed assignment of a stored employee.</summary>
public sealed record EmployeeChange(Guid EmployeeId, RosterChange Change);

/// <summary>
/// Changes the assignments of a published roster and keeps the record of it, in one transaction: the entries (each
/// change audited), a <see cref="RosterRevision"/> with every change beside the assignment before, the roster's
/// shortfalls and violations from the first changed day on, and a notification to each employee whose days changed.
/// </summary>
public sealed class PublishedRosterChanges(SikerjaDbContext db, Notifier notifier, CurrentUser user, TimeProvider time)
{
    /// <param name="plan">The published roster, tracked.</param>
    /// <param name="shortfalls">The shortfalls of the changed roster from <paramref name="firstDate"/> on.</param>
    /// <param name="violations">The cap violations of the changed roster from <paramref name="firstDate"/> on.</param>
    public async Task<RosterRevision> ApplyAsync(
        RosterPlan plan, RevisionKind kind, DateOnly firstDate, IReadOnlyList<EmployeeChange> changes,
        IEnumerable<Shortfall> shortfalls, IEnumerable<CapViolation> violations, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var ids = changes.Select(c => c.EmployeeId).Distinct().ToList();
        var entries = (await db.RosterEntries
                .Where(e => e.PlanId == plan.Id && ids.Contains(e.EmployeeId) && e.Date >= firstDate)
                .ToListAsync(ct))
            .ToDictionary(e => (e.EmployeeId, e.Date));
        var revision = new RosterRevision
        {
            TenantId = plan.TenantId, PlanId = plan.Id, Kind = kind, FirstDate = firstDate, At = now,
            ByUserId = user.UserId, ByName = user.DisplayName, ChangeCount = changes.Count,
        };
        db.RosterRevisions.Add(revision);
        foreach (var (employeeId, change) in changes)
        {
            var entry = entries[(employeeId, change.After.Date)];
            entry.Mode = change.After.Mode;
            entry.Shifts = change.After.Shifts;
            entry.Reason = change.After.Reason;
            entry.Overridden = false;
            entry.OverrideReason = null;
            entry.ChangedAt = now;
            entry.ChangedBy = user.UserId;
            db.RosterRevisionChanges.Add(new RosterRevisionChange
            {
                RevisionId = revision.Id, TenantId = plan.TenantId, EmployeeId = employeeId, Date = change.After.Date,
                BeforeMode = change.Before.Mode, BeforeShiftMask = (int)change.Before.Shifts.Bits, BeforeReason = change.Before.Reason,
                AfterMode = change.After.Mode, AfterShiftMask = (int)change.After.Shifts.Bits, AfterReason = change.After.Reason,
                Cause = ChangeCauses.Of(change),
            });
        }
        plan.Shortfalls = PlanRecords.Write([.. plan.ShortfallList().Where(s => s.Date < firstDate).Concat(shortfalls.Where(s => s.Date >= firstDate))]);
        plan.Violations = PlanRecords.Write([.. plan.ViolationList().Where(v => v.Date < firstDate).Concat(violations.Where(v => v.Date >= firstDate))]);

        var zone = IndonesianTimeZones.Abbreviation(await db.Tenants.Where(t => t.Id == plan.TenantId).Select(t => t.TimeZoneId).SingleAsync(ct));
        var shifts = plan.PolicySnapshot.Shifts.Count == 0 ? [Shift.FullDay] : plan.PolicySnapshot.Shifts;
        foreach (var employee in changes.GroupBy(c => c.EmployeeId))
        {
            var text = ScheduleChangeNotice.Text(plan.PolicyNumber, zone, shifts, employee.Select(c => c.Change));
            await notifier.QueueAsync([employee.Key], ScheduleChangeNotice.Title, text, ScheduleChangeNotice.Link, ct);
        }
        await db.SaveChangesAsync(ct);
        return revision;
    }
}
