using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Tenancy;
using Sikerja.Web.Hosting.Jobs;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Runs <see cref="ReportReminders"/> for every tenant, each inside its own tenant scope, every few minutes on one
/// node: a reminder goes out within <see cref="Interval"/> of the tenant's reminder time or deadline. A tenant that
/// fails is logged and tried again on the next run, without holding up the others.
/// </summary>
public sealed partial class ReportReminderJob(SikerjaDbContext db, IServiceScopeFactory scopes, ILogger<ReportReminderJob> log) : IBackgroundJob
{
    public static string Name => "report-reminders";

    public static TimeSpan Interval => TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken ct)
    {
        var tenants = await db.Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(ct);
        foreach (var tenant in tenants)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant);
            try
            {
                var (due, missing) = await scope.ServiceProvider.GetRequiredService<ReportReminders>().SendAsync(ct);
                if (due + missing > 0)
                {
                    LogSent(log, tenant, due, missing);
                }
            }
            catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
            {
                LogFailed(log, e, tenant);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report reminders in tenant {TenantId}: {Due} of today's reports, {Missing} missing reports")]
    private static partial void LogSent(ILogger logger, Guid tenantId, int due, int missing);

    [LoggerMessage(Level = LogLevel.Error, Message = "Report reminders in tenant {TenantId} failed; tried again on the next run")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid tenantId);
}
