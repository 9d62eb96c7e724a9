using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sikerja.Data;
using Sikerja.Domain.Organisation;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// The office a unit works at: its own location, or else the nearest one above it. Offices move rarely, so the
/// answer is kept in memory for a short while and the check-in hot path seldom asks the database for it.
/// </summary>
public sealed class UnitOffices(IMemoryCache cache)
{
    /// <summary>How long a moved office may still be judged at its old place.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(2);

    public async Task<OfficeFact?> OfAsync(SikerjaDbContext db, Guid unitId, string unitPath, CancellationToken ct)
    {
        if (cache.TryGetValue<OfficeFact?>(("unit-office", unitId), out var office))
        {
            return office;
        }
        var ancestors = unitPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.ParseExact(s, "N")).ToList();
        var offices = await db.OrgUnits.AsNoTracking()
            .Where(o => ancestors.Contains(o.Id) && o.OfficeLatitude != null && o.OfficeLongitude != null && o.OfficeRadiusMetres != null)
            .Select(o => new OfficeFact(o.Id, o.Name, o.Address, o.Path, new OfficeLocation(o.OfficeLatitude!.Value, o.OfficeLongitude!.Value, o.OfficeRadiusMetres!.Value)))
            .ToListAsync(ct);
        office = offices.MaxBy(o => o.Path.Length);
        cache.Set(("unit-office", unitId), office, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Freshness, Size = 1 });
        return office;
    }
}
