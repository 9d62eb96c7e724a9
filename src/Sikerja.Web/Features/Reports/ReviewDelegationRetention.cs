using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Audit;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Reports;
using Sikerja.Web.Hosting.Jobs;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Deletes review delegations that can no longer matter, in every tenant: ended (or revoked) more than
/// <see cref="DelegationRules.KeptDaysAfterEnd"/> days ago, with no report of the delegator's team on their dates
/// still waiting for review or returned for correction (which comes back to review when sent again). A report of those
/// dates sent later still reaches the direct superior, who always reviews it; the delegate only stood in. Each
/// deletion is audited, so the trail keeps who held which delegation.
/// </summary>
public sealed partial class ReviewDelegationRetention(SikerjaDbContext db, AuditActor actor, TimeProvider time, ILogger<ReviewDelegationRetention> log) : IBackgroundJob
{
    /// <summary>The name the audit trail gives the deletions.</summary>
    public const string Actor = "retensi delegasi";

    public static string Name => "review-delegation-retention";

    public static TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken ct)
    {
        var tenants = await db.Tenants.AsNoTracking().Select(t => new { t.Id, t.TimeZoneId }).ToListAsync(ct);
        foreach (var tenant in tenants)
        {
            var deleted = await DeleteAsync(tenant.Id, new TenantClock(time, tenant.TimeZoneId).Today, ct);
            if (deleted > 0)
            {
                LogDeleted(log, tenant.Id, deleted);
            }
        }
    }

    /// <summary>Deletes one tenant's delegations no longer needed on <paramref name="today"/> (the tenant's date); returns how many.</summary>
    public async Task<int> DeleteAsync(Guid tenantId, DateOnly today, CancellationToken ct)
    {
        actor.Set(null, Actor);
        var endedBefore = today.AddDays(-DelegationRules.KeptDaysAfterEnd);
        var revokedBefore = time.GetUtcNow().UtcDateTime.AddDays(-DelegationRules.KeptDaysAfterEnd);
        var employees = db.Employees.IgnoreQueryFilters().Where(e => e.TenantId == tenantId);
        var reports = db.DailyReports.IgnoreQueryFilters()
            .Where(r => r.TenantId == tenantId && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Returned));
        var spent = await db.ReviewDelegations.IgnoreQueryFilters()
            .Where(d => d.TenantId == tenantId && (d.Until < endedBefore || d.RevokedAt < revokedBefore))
            .Where(d => !employees.Any(e => e.SupervisorId == d.DelegatorId
                && reports.Any(r => r.EmployeeId == e.Id && r.WorkDate >= d.From && r.WorkDate <= d.Until)))
            .ToListAsync(ct);
        db.ReviewDelegations.RemoveRange(spent);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return spent.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} review delegations no longer needed in tenant {TenantId}")]
    private static partial void LogDeleted(ILogger logger, Guid tenantId, int count);
}
