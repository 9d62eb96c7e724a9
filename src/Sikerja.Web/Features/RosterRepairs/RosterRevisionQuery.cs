using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.RosterRepairs;

/// <summary>A recorded change of a published roster with every assignment it changed.</summary>
public sealed record RevisionView(RosterRevision Revision, IReadOnlyList<RosterChangeRow> Changes);

/// <summary>A roster with its latest repairs.</summary>
public sealed record PlanRevisions(RosterPlan Plan, string ScopeName, IReadOnlyList<RevisionView> Revisions);

/// <summary>A published roster's repairs, the latest first, for those who may repair it.</summary>
public sealed class RosterRevisionQuery(SikerjaDbContext db, RosterAccess access)
{
    public const int Shown = 20;

    public async Task<CommandResult<PlanRevisions>> OfPlanAsync(Guid planId, CancellationToken ct)
    {
        var plan = access.TenantId is null ? null : await db.RosterPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !access.MayRead(plan))
        {
            return CommandResult<PlanRevisions>.NotFound();
        }
        // The causes of absence are health data: only those who may repair the roster see its repairs.
        if (!access.MayPublish(plan))
        {
            return CommandResult<PlanRevisions>.Forbidden();
        }
        var revisions = await db.RosterRevisions.AsNoTracking().Where(r => r.PlanId == planId)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(Shown).ToListAsync(ct);
        var ids = revisions.Select(r => r.Id).ToList();
        var stored = await db.RosterRevisionChanges.AsNoTracking().Where(c => ids.Contains(c.RevisionId)).ToListAsync(ct);
        var shifts = plan.PolicySnapshot.Shifts.Count == 0 ? [Shift.FullDay] : plan.PolicySnapshot.Shifts;
        var views = new List<RevisionView>();
        foreach (var revision in revisions)
        {
            var changes = stored.Where(c => c.RevisionId == revision.Id).Select(c => new EmployeeChange(c.EmployeeId, new RosterChange(
                new RosterAssignment("", c.Date, c.BeforeMode, new ShiftSet((uint)c.BeforeShiftMask), c.BeforeReason),
                new RosterAssignment("", c.Date, c.AfterMode, new ShiftSet((uint)c.AfterShiftMask), c.AfterReason)))).ToList();
            views.Add(new RevisionView(revision, await ChangeRows.DescribeAsync(db, changes, shifts, ct)));
        }
        var scope = plan.AgencyId is { } agency ? await db.OrgUnits.Where(u => u.Id == agency).Select(u => u.Name).SingleAsync(ct) : "";
        return CommandResult<PlanRevisions>.Done(new PlanRevisions(plan, scope, views));
    }
}
