using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Travel;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>
/// The approver's side: the permits waiting for the caller's decision, and the decision on the current step. The
/// holder of a step is read when deciding (<see cref="ApproverRules"/>); an approval after departure is accepted
/// for emergencies within the grace period and flagged (<see cref="DecisionTiming"/>). Each decision is a row of its
/// own (audited with the permit); the employee hears of every one, the next approver that it waits for them.
/// </summary>
public sealed class TravelDecisions(
    SikerjaDbContext db, CurrentUser user, TenantTime time, TravelSettingsService settings,
    TravelApprovers approvers, TravelPermitReader reader, TravelPermitService permits, Notifier notifier)
{
    /// <summary>Pending permits whose current step the caller decides, not lapsed, the soonest departure first.</summary>
    public async Task<CommandResult<IReadOnlyList<PermitView>>> ToDecideAsync(CancellationToken ct)
    {
        if (user.TenantId is null)
        {
            return CommandResult<IReadOnlyList<PermitView>>.Forbidden();
        }
        var me = user.EmployeeId;
        var sekda = await approvers.SekdaAsync(ct);
        var headOf = me is null ? [] : await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null && u.HeadId == me).Select(u => u.Id).ToListAsync(ct);
        var pending = db.TravelPermits.AsNoTracking().Where(p => p.Status == PermitStatus.Pending);
        if (!user.IsLeadership && (me is null || me != sekda))
        {
            var reports = db.Employees.Where(e => e.SupervisorId == me).Select(e => e.Id);
            pending = pending.Where(p => reports.Contains(p.EmployeeId) || headOf.Contains(p.AgencyId));
        }
        var candidates = await pending.OrderBy(p => p.LeavesOn).Take(500).ToListAsync(ct);
        var supervisors = await SupervisorsAsync(candidates, ct);
        var agencyIds = candidates.Select(p => p.AgencyId).Distinct().ToList();
        var heads = await db.OrgUnits.AsNoTracking().Where(u => agencyIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.HeadId, ct);
        var mine = new List<TravelPermit>();
        foreach (var p in candidates)
        {
            var holders = new StepHolders(supervisors.GetValueOrDefault(p.EmployeeId), heads.GetValueOrDefault(p.AgencyId), sekda);
            if (p.StepsApproved < p.Chain.Count && ApproverRules.CheckDecider(p.Chain[p.StepsApproved], p.EmployeeId, me, user.IsLeadership, holders.Of) is null)
            {
                mine.Add(p);
            }
        }
        var views = await reader.ViewsAsync(mine, ct);
        return CommandResult<IReadOnlyList<PermitView>>.Done([.. views.Where(v => !v.Lapsed)]);
    }

    public async Task<CommandResult<TravelPermit>> DecideAsync(Guid id, TravelDecisionInput input, CancellationToken ct)
    {
        var permit = user.TenantId is null ? null : await db.TravelPermits.SingleOrDefaultAsync(p => p.Id == id, ct);
        var requester = permit is null ? null
            : await db.Employees.AsNoTracking().Where(e => e.Id == permit.EmployeeId).Select(e => new { e.Id, e.Name, e.SupervisorId }).SingleAsync(ct);
        if (permit is null || requester is null)
        {
            return CommandResult<TravelPermit>.NotFound();
        }
        var holders = await approvers.ForAsync(requester.SupervisorId, permit.AgencyId, ct);
        if (!MaySee(permit, holders))
        {
            return CommandResult<TravelPermit>.NotFound();
        }
        if (permit.Status != PermitStatus.Pending || permit.StepsApproved >= permit.Chain.Count)
        {
            return CommandResult<TravelPermit>.Refused("status", "izin ini sudah tidak menunggu keputusan");
        }
        var step = permit.Chain[permit.StepsApproved];
        if (ApproverRules.CheckDecider(step, permit.EmployeeId, user.EmployeeId, user.IsLeadership, holders.Of) is { } notYours)
        {
            return CommandResult<TravelPermit>.Refused([notYours]);
        }
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        if (comment?.Length > TravelDecision.MaxCommentLength)
        {
            return CommandResult<TravelPermit>.Refused("comment", $"catatan paling panjang {TravelDecision.MaxCommentLength} karakter");
        }
        if (!input.Approve && comment is null)
        {
            return CommandResult<TravelPermit>.Refused("comment", "tulis alasan penolakan");
        }
        var now = time.Clock.UtcNow;
        var afterDeparture = false;
        if (input.Approve)
        {
            var grace = (await settings.CurrentAsync(ct)).EmergencyGraceHours;
            var departure = DecisionTiming.DepartureUtc(permit.LeavesOn, TimeZoneInfo.FindSystemTimeZoneById(time.ZoneId));
            (var late, afterDeparture) = DecisionTiming.CheckApproval(permit.Emergency, departure, now, grace);
            if (late is not null)
            {
                return CommandResult<TravelPermit>.Refused([late]);
            }
        }
        db.TravelDecisions.Add(new TravelDecision
        {
            TenantId = permit.TenantId, PermitId = permit.Id, StepIndex = permit.StepsApproved, Step = step, Approved = input.Approve,
            Comment = comment, DecidedByUser = user.UserId!.Value, DecidedByEmployee = user.EmployeeId, DecidedAt = now,
        });
        var trip = $"{permit.DestinationName} {permit.LeavesOn:yyyy-MM-dd} s.d. {permit.ReturnsOn:yyyy-MM-dd}";
        var note = comment is null ? "" : $" Catatan: {comment}";
        if (!input.Approve)
        {
            permit.Status = PermitStatus.Rejected;
            permit.ClosedAt = now;
            await notifier.QueueAsync([permit.EmployeeId], "Izin bepergian ditolak", $"Izin ke {trip} ditolak oleh {user.DisplayName}.{note}", "/Travel", ct);
        }
        else if (++permit.StepsApproved == permit.Chain.Count)
        {
            permit.Status = PermitStatus.Approved;
            permit.ClosedAt = now;
            permit.ApprovedAfterDeparture = afterDeparture;
            await notifier.QueueAsync([permit.EmployeeId], "Izin bepergian disetujui", $"Izin ke {trip} disetujui.{note}", "/Travel", ct);
        }
        else
        {
            await notifier.QueueAsync([permit.EmployeeId], "Izin bepergian diteruskan",
                $"Izin ke {trip} disetujui {user.DisplayName} dan diteruskan ke langkah berikutnya.{note}", "/Travel", ct);
            await permits.NotifyApproversAsync(permit, requester.Name, holders, ct);
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<TravelPermit>.Done(permit);
    }

    /// <summary>
    /// Who may see a permit to decide it: anyone holding a step of its chain now, leadership, tenant admins, and the
    /// admins of the employee's agency; anyone else is told it does not exist.
    /// </summary>
    private bool MaySee(TravelPermit permit, StepHolders holders)
    {
        if (user.ReadsWholeTenant || user.AdminOfAgencies.Contains(permit.AgencyId) || permit.EmployeeId == user.EmployeeId)
        {
            return true;
        }
        return user.EmployeeId is { } me && (holders.DirectSuperior == me || permit.Chain.Any(s => holders.Of(s) == me));
    }

    private async Task<Dictionary<Guid, Guid?>> SupervisorsAsync(IReadOnlyList<TravelPermit> list, CancellationToken ct)
    {
        var ids = list.Select(p => p.EmployeeId).Distinct().ToList();
        return await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.SupervisorId, ct);
    }
}
