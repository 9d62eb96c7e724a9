using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sikerja.Data;
using Sikerja.Domain.Attendance;

namespace Sikerja.Web.Features.Attendance;

/// <summary>A tenant's time zone and attendance settings (the defaults where it has no row).</summary>
public sealed record TenantAttendance(TimeZoneInfo Zone, AttendanceSettings Settings);

/// <summary>
/// The tenant facts every check-in needs, kept in memory for a short while: they change a few times a year, and
/// reading them per check-in cost a query each. Saving the settings here forgets them at once; a changed time
/// zone is seen within <see cref="Freshness"/>.
/// </summary>
public sealed class AttendanceTenants(IMemoryCache cache)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    public async Task<TenantAttendance> OfAsync(SikerjaDbContext db, Guid tenantId, CancellationToken ct)
    {
        if (cache.TryGetValue<TenantAttendance>(Key(tenantId), out var known) && known is not null)
        {
            return known;
        }
        var row = await db.Tenants.AsNoTracking()
            .Where(t => t.Id == tenantId)
            .Select(t => new { t.TimeZoneId, Settings = db.AttendanceSettings.AsNoTracking().FirstOrDefault(s => s.TenantId == t.Id) })
            .SingleAsync(ct);
        var facts = new TenantAttendance(TimeZoneInfo.FindSystemTimeZoneById(row.TimeZoneId), row.Settings ?? new AttendanceSettings { TenantId = tenantId });
        cache.Set(Key(tenantId), facts, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Freshness, Size = 1 });
        return facts;
    }

    /// <summary>After the tenant's settings changed: the next check-in reads them again.</summary>
    public void Forget(Guid tenantId) => cache.Remove(Key(tenantId));

    private static (string, Guid) Key(Guid tenantId) => ("attendance-tenant", tenantId);
}
