using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sikerja.Data;

namespace Sikerja.Web.Hosting;

internal sealed class DatabaseHealthCheck(SikerjaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
