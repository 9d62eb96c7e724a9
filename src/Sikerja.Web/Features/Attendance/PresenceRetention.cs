using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Hosting.Jobs;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Lets go of attendance personal data once each tenant's retention periods end: presence lists older than
/// <see cref="AttendanceSettings.PresenceRetentionDays"/> become counts per office and day (the visitors' rows are
/// deleted), and check-ins older than <see cref="AttendanceSettings.LocationRetentionDays"/> lose their exact
/// location and photo. Every step is one statement over a tenant's old rows and finds nothing left to do when run again.
/// </summary>
public sealed partial class PresenceRetention(SikerjaDbContext db, TimeProvider time, ILogger<PresenceRetention> log) : IBackgroundJob
{
    public static string Name => "presence-retention";

    public static TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken ct)
    {
        var tenants = await db.Tenants.AsNoTracking().Select(t => new { t.Id, t.TimeZoneId }).ToListAsync(ct);
        var settings = await db.AttendanceSettings.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(s => s.TenantId, ct);
        foreach (var tenant in tenants)
        {
            var kept = settings.GetValueOrDefault(tenant.Id) ?? new AttendanceSettings { TenantId = tenant.Id };
            var today = new TenantClock(time, tenant.TimeZoneId).Today;
            await ReduceAsync(tenant.Id, RetentionRules.FirstKeptDay(today, kept.PresenceRetentionDays), RetentionRules.FirstKeptDay(today, kept.LocationRetentionDays), ct);
        }
    }

    /// <summary>Reduces one tenant's presence lists before <paramref name="presenceKeptFrom"/> and locations before <paramref name="locationKeptFrom"/>.</summary>
    public async Task ReduceAsync(Guid tenantId, DateOnly presenceKeptFrom, DateOnly locationKeptFrom, CancellationToken ct)
    {
        // One transaction per tenant, retried whole where the provider retries: counts and deletions land together.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var counts = await CountsAsync(tenantId, presenceKeptFrom, ct);
            db.PresenceCounts.AddRange(counts);
            await db.SaveChangesAsync(ct);
            var visits = await db.OfficeVisits.IgnoreQueryFilters()
                .Where(v => v.TenantId == tenantId && v.Date < presenceKeptFrom)
                .ExecuteDeleteAsync(ct);
            var photos = await db.CheckInPhotos.IgnoreQueryFilters()
                .Where(p => p.TenantId == tenantId && db.CheckIns.IgnoreQueryFilters().Any(c => c.Id == p.CheckInId && c.WorkDate < locationKeptFrom))
                .ExecuteDeleteAsync(ct);
            var locations = await db.CheckIns.IgnoreQueryFilters()
                .Where(c => c.TenantId == tenantId && c.WorkDate < locationKeptFrom && !c.Reduced)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.Latitude, (double?)null)
                    .SetProperty(c => c.Longitude, (double?)null)
                    .SetProperty(c => c.AccuracyMetres, (double?)null)
                    .SetProperty(c => c.Reduced, true), ct);
            await transaction.CommitAsync(ct);
            LogReduced(log, tenantId, counts.Count, visits, locations, photos);
        });
    }

    /// <summary>
    /// The counts of every office day before the cutoff that has none yet: distinct employees checked in at the office
    /// and visitors registered. A day already counted keeps its count (its visitors are gone by then).
    /// </summary>
    private async Task<List<PresenceCount>> CountsAsync(Guid tenantId, DateOnly keptFrom, CancellationToken ct)
    {
        var counted = db.PresenceCounts.IgnoreQueryFilters().Where(p => p.TenantId == tenantId);
        var staff = await db.CheckIns.IgnoreQueryFilters()
            .Where(c => c.TenantId == tenantId && c.WorkDate < keptFrom && c.Mode == WorkMode.Office && c.UnitId != null
                && !counted.Any(p => p.UnitId == c.UnitId && p.Date == c.WorkDate))
            .GroupBy(c => new { UnitId = c.UnitId!.Value, c.WorkDate })
            .Select(g => new { g.Key.UnitId, Date = g.Key.WorkDate, Count = g.Select(c => c.EmployeeId).Distinct().Count() })
            .ToListAsync(ct);
        var visitors = await db.OfficeVisits.IgnoreQueryFilters()
            .Where(v => v.TenantId == tenantId && v.Date < keptFrom && !counted.Any(p => p.UnitId == v.UnitId && p.Date == v.Date))
            .GroupBy(v => new { v.UnitId, v.Date })
            .Select(g => new { g.Key.UnitId, g.Key.Date, Count = g.Count() })
            .ToListAsync(ct);
        var byDay = staff.ToDictionary(s => (s.UnitId, s.Date), s => new PresenceCount { TenantId = tenantId, UnitId = s.UnitId, Date = s.Date, Employees = s.Count });
        foreach (var v in visitors)
        {
            if (!byDay.TryGetValue((v.UnitId, v.Date), out var count))
            {
                byDay[(v.UnitId, v.Date)] = count = new PresenceCount { TenantId = tenantId, UnitId = v.UnitId, Date = v.Date };
            }
            count.Visitors = v.Count;
        }
        return [.. byDay.Values];
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention in tenant {TenantId}: {Days} office days reduced to counts, {Visits} visits deleted, {Locations} check-in locations cleared, {Photos} photos deleted")]
    private static partial void LogReduced(ILogger logger, Guid tenantId, int days, int visits, int locations, int photos);
}
