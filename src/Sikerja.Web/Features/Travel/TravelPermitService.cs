using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Travel;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>
/// An employee's travel permits: the request (approval needed or not, by the circular in force, working from home
/// and the tenant's settings; its chain fixed then), the list of their own, withdrawal while pending, and the
/// return. Permits and decisions are audited on save; the next approver and the employee are notified.
/// </summary>
public sealed class TravelPermitService(
    SikerjaDbContext db, CurrentUser user, TenantTime time, TravelSettingsService settings, TravelRegions regions,
    TravelApprovers approvers, PoliciesInForce policies, TravelPermitReader reader, TravelQuarantine quarantine, Notifier notifier)
{
    public const int ListSize = 100;

    public async Task<CommandResult<TravelPermit>> RequestAsync(TravelRequestInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || user.EmployeeId is not { } me)
        {
            return CommandResult<TravelPermit>.Forbidden();
        }
        var rules = await settings.CurrentAsync(ct);
        var destination = await regions.FindAsync(input.DestinationCode, ct);
        var trip = input.Trip;
        var problems = TripRules.CheckRequest(trip, time.Clock.Today, rules.EmergencyGraceHours, destination).ToList();
        if (problems.Count == 0 && await OverlappingAsync(me, trip.LeavesOn!.Value, trip.ReturnsOn!.Value, ct) is { } other)
        {
            problems.Add(new Problem("leavesOn", $"sudah ada izin ke {other.DestinationName} {other.LeavesOn:yyyy-MM-dd} s.d. {other.ReturnsOn:yyyy-MM-dd} yang beririsan; tarik dulu izin itu"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<TravelPermit>.Refused(problems);
        }
        var employee = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == me, ct);
        var permit = await NewPermitAsync(tenant, employee, trip, destination!, rules, ct);

        var wfh = await WorkingFromHomeAsync(me, permit.LeavesOn, permit.ReturnsOn, ct);
        var terms = TravelPolicyTerms.Of(await policies.OverlappingAsync(permit.LeavesOn, permit.ReturnsOn, ct));
        var needed = TravelApproval.Needed(permit.Purpose, permit.OutOfRegion, terms, wfh);
        var holders = await approvers.ForAsync(employee.SupervisorId, permit.AgencyId, ct);
        if (needed == ApprovalReason.None)
        {
            permit.Status = PermitStatus.Approved;
            permit.ClosedAt = permit.RequestedAt;
            if (employee.SupervisorId is { } superior)
            {
                await notifier.QueueAsync([superior], "Pemberitahuan bepergian",
                    $"{employee.Name} bepergian ke {permit.DestinationName} {permit.LeavesOn:yyyy-MM-dd} s.d. {permit.ReturnsOn:yyyy-MM-dd} (tidak memerlukan izin; tercatat).",
                    "/Travel/Approvals", ct);
            }
        }
        else
        {
            permit.Status = PermitStatus.Pending;
            permit.Chain = [.. ApprovalChain.For(permit.Purpose, rules, permit.HighRisk, me, holders.Of)];
            await NotifyApproversAsync(permit, employee.Name, holders, ct);
        }
        db.TravelPermits.Add(permit);
        await db.SaveChangesAsync(ct);
        return CommandResult<TravelPermit>.Done(permit);
    }

    /// <summary>The caller's own permits, latest departure first.</summary>
    public async Task<CommandResult<IReadOnlyList<PermitView>>> MineAsync(CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<IReadOnlyList<PermitView>>.Forbidden();
        }
        var permits = await db.TravelPermits.AsNoTracking().Where(p => p.EmployeeId == me)
            .OrderByDescending(p => p.LeavesOn).ThenByDescending(p => p.RequestedAt).Take(ListSize).ToListAsync(ct);
        return CommandResult<IReadOnlyList<PermitView>>.Done(await reader.ViewsAsync(permits, ct));
    }

    public async Task<CommandResult<TravelPermit>> WithdrawAsync(Guid id, CancellationToken ct)
    {
        var permit = await OwnAsync(id, ct);
        if (permit is null)
        {
            return CommandResult<TravelPermit>.NotFound();
        }
        if (permit.Status != PermitStatus.Pending)
        {
            return CommandResult<TravelPermit>.Refused("status", "hanya izin yang masih menunggu keputusan yang dapat ditarik");
        }
        permit.Status = PermitStatus.Withdrawn;
        permit.ClosedAt = time.Clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return CommandResult<TravelPermit>.Done(permit);
    }

    /// <summary>The employee confirms being back; after a high-risk trip the tenant's quarantine follows (unavailable days, roster repaired).</summary>
    public async Task<CommandResult<TravelPermit>> ReturnAsync(Guid id, DateOnly? returnedOn, CancellationToken ct)
    {
        var permit = await OwnAsync(id, ct);
        if (permit is null)
        {
            return CommandResult<TravelPermit>.NotFound();
        }
        if (ReturnRules.Check(permit, returnedOn, time.Clock.Today) is { } problem)
        {
            return CommandResult<TravelPermit>.Refused([problem]);
        }
        permit.ReturnedOn = returnedOn!.Value;
        permit.ReturnConfirmedAt = time.Clock.UtcNow;
        var rules = await settings.CurrentAsync(ct);
        var period = ReturnRules.Quarantine(permit.HighRisk, permit.ReturnedOn.Value, rules.QuarantineDaysAfterHighRisk);
        if (period is { } days)
        {
            permit.QuarantineUntil = days.Until;
            quarantine.Record(permit, days.From, days.Until);
        }
        await db.SaveChangesAsync(ct);
        if (period is { } repaired)
        {
            await quarantine.RepairAsync(permit.EmployeeId, repaired.From, repaired.Until, ct);
        }
        return CommandResult<TravelPermit>.Done(permit);
    }

    /// <summary>A permit, request-time facts filled in: the agency and category now, in or out of the region, high-risk over the dates.</summary>
    internal async Task<TravelPermit> NewPermitAsync(Guid tenant, Employee employee, TripDetails trip, Region destination, TravelSettings rules, CancellationToken ct)
    {
        var unitPath = await db.OrgUnits.AsNoTracking().Where(u => u.Id == employee.UnitId).Select(u => u.Path).SingleAsync(ct);
        var leaves = trip.LeavesOn!.Value;
        var returns = trip.ReturnsOn!.Value;
        var marked = await db.HighRiskRegions.AsNoTracking().Where(r => r.From <= returns && r.Until >= leaves).ToListAsync(ct);
        return new TravelPermit
        {
            TenantId = tenant,
            EmployeeId = employee.Id,
            AgencyId = TravelApprovers.AgencyOf(unitPath),
            Category = TravelCategories.Of(employee.Employment, employee.Level),
            Purpose = trip.Purpose,
            DestinationCode = destination.Code,
            DestinationName = TravelRegions.Describe(destination),
            LeavesOn = leaves,
            ReturnsOn = returns,
            Reason = trip.Reason!.Trim(),
            Emergency = trip.Emergency,
            Contact = trip.Contact!.Trim(),
            OutOfRegion = !RegionCodes.IsInRegion(rules.HomeRegionCode, destination.Code),
            HighRisk = HighRiskRules.IsHighRisk(marked, destination.Code, leaves, returns),
            RequestedAt = time.Clock.UtcNow,
            RequestedBy = user.UserId!.Value,
        };
    }

    /// <summary>Tells whoever decides the permit's current step that it waits for them.</summary>
    internal async Task NotifyApproversAsync(TravelPermit permit, string employeeName, StepHolders holders, CancellationToken ct)
    {
        var step = permit.Chain[permit.StepsApproved];
        var flags = (permit.Emergency ? " DARURAT." : "") + (permit.HighRisk ? " Tujuan zona risiko tinggi." : "");
        await notifier.QueueAsync(await approvers.ToNotifyAsync(step, holders, permit.EmployeeId, ct), "Izin bepergian menunggu keputusan",
            $"{employeeName} meminta izin ke {permit.DestinationName} {permit.LeavesOn:yyyy-MM-dd} s.d. {permit.ReturnsOn:yyyy-MM-dd}.{flags}",
            "/Travel/Approvals", ct);
    }

    /// <summary>A pending or approved permit of the employee whose days meet [from, to].</summary>
    internal async Task<TravelPermit?> OverlappingAsync(Guid employeeId, DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.TravelPermits.AsNoTracking()
            .Where(p => p.EmployeeId == employeeId && p.LeavesOn <= to && p.ReturnsOn >= from
                && (p.Status == PermitStatus.Pending || p.Status == PermitStatus.Approved || p.Status == PermitStatus.Unapproved))
            .OrderBy(p => p.LeavesOn).FirstOrDefaultAsync(ct);

    /// <summary>Whether a published roster has the employee at home on a day of the trip.</summary>
    private async Task<bool> WorkingFromHomeAsync(Guid employeeId, DateOnly first, DateOnly last, CancellationToken ct) =>
        await (from e in db.RosterEntries
               join p in db.RosterPlans on e.PlanId equals p.Id
               where p.Status == RosterStatus.Published && e.EmployeeId == employeeId && e.Date >= first && e.Date <= last && e.Mode == WorkMode.Home
               select e).AnyAsync(ct);

    private async Task<TravelPermit?> OwnAsync(Guid id, CancellationToken ct) =>
        user.TenantId is null || user.EmployeeId is not { } me ? null
            : await db.TravelPermits.SingleOrDefaultAsync(p => p.Id == id && p.EmployeeId == me, ct);
}
