using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Data.Tenancy;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>A stored roster as the plan list shows it.</summary>
public sealed record RosterPlanRow(
    Guid Id, Guid? AgencyId, string ScopeName, string PolicyNumber, DateOnly From, DateOnly To, RosterStatus Status,
    DateTime GeneratedAt, DateTime? PublishedAt, int EmployeeCount, int ShortfallCount, int ViolationCount);

/// <summary>Listing, publishing and discarding stored rosters.</summary>
public sealed class RosterPlanService(SikerjaDbContext db, RosterAccess access, RosterGenerator generator, RosterPlanWriter writer, TimeProvider time)
{
    /// <summary>The rosters the caller may read, newest period first.</summary>
    public async Task<CommandResult<IReadOnlyList<RosterPlanRow>>> ListAsync(CancellationToken ct)
    {
        if (access.TenantId is null)
        {
            return CommandResult<IReadOnlyList<RosterPlanRow>>.Forbidden();
        }
        var plans = await db.RosterPlans.AsNoTracking().OrderByDescending(p => p.From).ThenByDescending(p => p.GeneratedAt).ToListAsync(ct);
        var readable = plans.Where(access.MayRead).ToList();
        if (readable.Count == 0 && !access.MayPlanAny)
        {
            return CommandResult<IReadOnlyList<RosterPlanRow>>.Forbidden();
        }
        var agencies = readable.Where(p => p.AgencyId is not null).Select(p => p.AgencyId!.Value).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => agencies.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return CommandResult<IReadOnlyList<RosterPlanRow>>.Done(
        [
            .. readable.Select(p => new RosterPlanRow(
                p.Id, p.AgencyId, p.AgencyId is { } a ? names.GetValueOrDefault(a, "") : "", p.PolicyNumber, p.From, p.To, p.Status,
                p.GeneratedAt, p.PublishedAt, p.EmployeeCount, p.ShortfallList().Count, p.ViolationList().Count)),
        ]);
    }

    public async Task<CommandResult<RosterPlan>> PublishAsync(Guid planId, CancellationToken ct)
    {
        var plan = await FindAsync(planId, ct);
        if (plan is null)
        {
            return CommandResult<RosterPlan>.NotFound();
        }
        if (!access.MayPublish(plan))
        {
            return CommandResult<RosterPlan>.Forbidden();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockTenantAsync(plan.TenantId, ct);
        // Read again under the lock: another publisher may have won the race.
        await db.Entry(plan).ReloadAsync(ct);
        if (plan.Status != RosterStatus.Draft)
        {
            return CommandResult<RosterPlan>.Refused("status", "jadwal piket ini sudah diterbitkan");
        }
        if (await generator.PublishedOverlapAsync(plan.AgencyId, plan.From, plan.To, plan.Id, ct) is { } overlap)
        {
            return CommandResult<RosterPlan>.Refused([overlap]);
        }
        plan.Status = RosterStatus.Published;
        plan.PublishedAt = time.GetUtcNow().UtcDateTime;
        plan.PublishedBy = access.UserId;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult<RosterPlan>.Done(plan);
    }

    /// <summary>Removes a draft (for instance to plan again after the organisation changed).</summary>
    public async Task<CommandResult<RosterPlan>> DiscardAsync(Guid planId, CancellationToken ct)
    {
        var plan = await FindAsync(planId, ct);
        if (plan is null)
        {
            return CommandResult<RosterPlan>.NotFound();
        }
        if (!access.MayPublish(plan))
        {
            return CommandResult<RosterPlan>.Forbidden();
        }
        if (plan.Status != RosterStatus.Draft)
        {
            return CommandResult<RosterPlan>.Refused("status", "jadwal piket yang sudah terbit tidak dapat dihapus");
        }
        await writer.DiscardAsync(plan, ct);
        return CommandResult<RosterPlan>.Done(plan);
    }

    private async Task<RosterPlan?> FindAsync(Guid planId, CancellationToken ct)
    {
        var plan = access.TenantId is null ? null : await db.RosterPlans.SingleOrDefaultAsync(p => p.Id == planId, ct);
        // Someone who may not even read the roster learns nothing of it.
        return plan is not null && access.MayRead(plan) ? plan : null;
    }
}
