using Sikerja.Domain.Travel;

namespace Sikerja.Web.Features.Travel;

/// <summary>
/// The destination picker without script: the province is chosen first (a GET that reloads the page), then the
/// regency or city among that province's, or one of the tenant's own regions, in one short select.
/// </summary>
public sealed record DestinationChoice(string? Province, IReadOnlyList<Region> InProvince, IReadOnlyList<CustomRegion> Own, string? Selected)
{
    public static IReadOnlyList<Region> Provinces => TravelRegions.Catalog.Provinces;

    public static async Task<DestinationChoice> LoadAsync(TravelRegions regions, string? province, string? selected, CancellationToken ct)
    {
        var chosen = TravelRegions.Catalog.Find(province) is { Kind: RegionKind.Province } p ? p.Code
            : selected is { Length: > 0 } s ? RegionCodes.ProvinceOf(s.Trim()) : null;
        var inProvince = chosen is null ? [] : TravelRegions.Catalog.In(chosen).ToList();
        return new DestinationChoice(chosen, inProvince, await regions.CustomAsync(ct), selected);
    }
}
