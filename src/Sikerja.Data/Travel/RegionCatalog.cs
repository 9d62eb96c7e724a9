using Sikerja.Domain;
using Sikerja.Domain.Travel;

namespace Sikerja.Data.Travel;

/// <summary>
/// The provinces, regencies and cities of Indonesia with their Kemendagri codes, as the project ships them
/// (regions.csv, embedded in this assembly: code,name,kind). Read once, then shared by every tenant.
/// </summary>
public sealed class RegionCatalog
{
    public const string ResourceName = "Sikerja.Data.Travel.regions.csv";

    private static readonly Lazy<RegionCatalog> Shipped = new(Load);

    private readonly Dictionary<string, Region> _byCode;

    public RegionCatalog(IReadOnlyList<Region> regions)
    {
        Regions = regions;
        _byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        Provinces = [.. regions.Where(r => r.Kind == RegionKind.Province)];
    }

    public static RegionCatalog Default => Shipped.Value;

    /// <summary>Every region in file order: each province followed by its regencies, then its cities.</summary>
    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Region> Provinces { get; }

    public Region? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code.Trim());

    public IEnumerable<Region> In(string provinceCode) =>
        Regions.Where(r => r.Kind != RegionKind.Province && r.ProvinceCode == provinceCode);

    /// <summary>"Kota Samarinda, Kalimantan Timur": a regency or city with its province; a province alone.</summary>
    public string Describe(Region region) =>
        region.Kind != RegionKind.Province && Find(region.ProvinceCode) is { } province && province.Code != region.Code
            ? $"{region.Name}, {province.Name}"
            : region.Name;

    private static RegionCatalog Load()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The region list {ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        var (records, problem) = CsvText.Split(reader.ReadToEnd(), ',');
        if (problem is not null)
        {
            throw new InvalidOperationException($"The region list is broken: {problem}");
        }
        return new RegionCatalog([.. records.Skip(1).Where(r => !r.IsBlank).Select(r => new Region(r.Fields[0], r.Fields[1], Enum.Parse<RegionKind>(r.Fields[2])))]);
    }
}
