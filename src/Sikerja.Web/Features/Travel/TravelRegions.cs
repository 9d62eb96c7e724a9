using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Travel;
using Sikerja.Domain;
using Sikerja.Domain.Travel;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>A destination as lists show it: the id of a tenant's own region (null for a shipped one), the region, its description.</summary>
public sealed record RegionListing(Guid? OwnId, Region Region, string Description);

/// <summary>
/// The destinations of the current tenant: the shipped provinces, regencies and cities, and the tenant's own
/// additions (abroad, a region the list lacks), which tenant admins add, rename, and remove while nothing uses them.
/// </summary>
public sealed class TravelRegions(SikerjaDbContext db, CurrentUser user)
{
    public static RegionCatalog Catalog => RegionCatalog.Default;

    public async Task<IReadOnlyList<CustomRegion>> CustomAsync(CancellationToken ct) =>
        await db.CustomRegions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);

    /// <summary>
    /// The shipped regions in list order, then the tenant's own by name, each with its description; with a term, those
    /// whose code or description ("Kabupaten Sorong, Papua Barat Daya") contains it, ignoring case.
    /// </summary>
    public async Task<IReadOnlyList<RegionListing>> SearchAsync(string? term, CancellationToken ct)
    {
        var own = await CustomAsync(ct);
        var all = Catalog.Regions.Select(r => new RegionListing(null, r, Describe(r)))
            .Concat(own.Select(Listing));
        var t = term?.Trim();
        return string.IsNullOrEmpty(t)
            ? [.. all]
            : [.. all.Where(l => l.Region.Code.Contains(t, StringComparison.OrdinalIgnoreCase) || l.Description.Contains(t, StringComparison.OrdinalIgnoreCase))];
    }

    public static RegionListing Listing(CustomRegion own)
    {
        var region = new Region(own.Code, own.Name, RegionKind.Custom);
        return new RegionListing(own.Id, region, Describe(region));
    }

    /// <summary>A shipped region, or one of the tenant's own, by code.</summary>
    public async Task<Region?> FindAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var trimmed = code.Trim();
        if (Catalog.Find(trimmed) is { } shipped)
        {
            return shipped;
        }
        var own = await db.CustomRegions.AsNoTracking().Where(r => r.Code == trimmed).Select(r => r.Name).SingleOrDefaultAsync(ct);
        return own is null ? null : new Region(trimmed, own, RegionKind.Custom);
    }

    /// <summary>"Kota Samarinda, Kalimantan Timur"; an own region with its province when its code names one.</summary>
    public static string Describe(Region region)
    {
        var text = Catalog.Describe(region);
        return text.Length <= TravelPermit.MaxDestinationNameLength ? text : text[..TravelPermit.MaxDestinationNameLength];
    }

    public async Task<CommandResult<CustomRegion>> AddAsync(string? code, string? name, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || !user.IsTenantAdmin)
        {
            return CommandResult<CustomRegion>.Forbidden();
        }
        var problems = new List<Problem>();
        var c = code?.Trim() ?? "";
        if (!RegionCodes.IsWellFormed(c))
        {
            problems.Add(new Problem("code", $"kode 2 sampai {CustomRegion.MaxCodeLength} huruf, angka, titik atau tanda hubung, mis. 64.90 atau LN-MY"));
        }
        else if (Catalog.Find(c) is { } shipped)
        {
            problems.Add(new Problem("code", $"kode {c} sudah dipakai {shipped.Name} dalam daftar daerah"));
        }
        else if (await db.CustomRegions.AnyAsync(r => r.Code == c, ct))
        {
            problems.Add(new Problem("code", $"kode {c} sudah ada di daerah tambahan"));
        }
        problems.AddRange(NameProblems(name));
        if (problems.Count > 0)
        {
            return CommandResult<CustomRegion>.Refused(problems);
        }
        var region = new CustomRegion { TenantId = tenant, Code = c, Name = name!.Trim() };
        db.CustomRegions.Add(region);
        await db.SaveChangesAsync(ct);
        return CommandResult<CustomRegion>.Done(region);
    }

    public async Task<CommandResult<CustomRegion>> RenameAsync(Guid id, string? name, CancellationToken ct)
    {
        if (user.TenantId is null || !user.IsTenantAdmin)
        {
            return CommandResult<CustomRegion>.Forbidden();
        }
        var region = await db.CustomRegions.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (region is null)
        {
            return CommandResult<CustomRegion>.NotFound();
        }
        var problems = NameProblems(name).ToList();
        if (problems.Count > 0)
        {
            return CommandResult<CustomRegion>.Refused(problems);
        }
        region.Name = name!.Trim();
        await db.SaveChangesAsync(ct);
        return CommandResult<CustomRegion>.Done(region);
    }

    /// <summary>Removes an own region no permit, high-risk marking or home region setting uses.</summary>
    public async Task<CommandResult<CustomRegion>> RemoveAsync(Guid id, CancellationToken ct)
    {
        if (user.TenantId is null || !user.IsTenantAdmin)
        {
            return CommandResult<CustomRegion>.Forbidden();
        }
        var region = await db.CustomRegions.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (region is null)
        {
            return CommandResult<CustomRegion>.NotFound();
        }
        var used = await db.TravelPermits.AnyAsync(p => p.DestinationCode == region.Code, ct)
            || await db.HighRiskRegions.AnyAsync(h => h.RegionCode == region.Code, ct)
            || await db.TravelSettings.AnyAsync(s => s.HomeRegionCode == region.Code, ct);
        if (used)
        {
            return CommandResult<CustomRegion>.Refused("code", $"{region.Name} sudah dipakai izin bepergian, penandaan zona risiko atau wilayah Pemda; ubah namanya saja");
        }
        db.CustomRegions.Remove(region);
        await db.SaveChangesAsync(ct);
        return CommandResult<CustomRegion>.Done(region);
    }

    private static IEnumerable<Problem> NameProblems(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return new Problem("name", "tulis nama daerah");
        }
        else if (name.Trim().Length > CustomRegion.MaxNameLength)
        {
            yield return new Problem("name", $"nama paling panjang {CustomRegion.MaxNameLength} karakter");
        }
    }
}
