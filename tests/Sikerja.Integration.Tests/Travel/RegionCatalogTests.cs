using Sikerja.Data.Travel;
using Sikerja.Domain.Travel;

namespace Sikerja.Integration.Tests.Travel;

/// <summary>The shipped region list (regions.csv, embedded): well formed, complete, every regency under a province of its own code.</summary>
public sealed class RegionCatalogTests
{
    private static readonly RegionCatalog Catalog = RegionCatalog.Default;

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        Assert.Equal(Catalog.Regions.Count, Catalog.Regions.Select(r => r.Code).Distinct().Count());
        Assert.All(Catalog.Provinces, p => Assert.Matches(@"^\d\d$", p.Code));
        Assert.All(Catalog.Regions.Where(r => r.Kind != RegionKind.Province), r => Assert.Matches(@"^\d\d\.\d\d$", r.Code));
        Assert.All(Catalog.Regions, r => Assert.False(string.IsNullOrWhiteSpace(r.Name)));
    }

    [Fact]
    public void There_are_38_provinces_and_every_regency_and_city_belongs_to_one()
    {
        Assert.Equal(38, Catalog.Provinces.Count);
        var regencies = Catalog.Regions.Where(r => r.Kind != RegionKind.Province).ToList();
        Assert.True(regencies.Count >= 500, $"{regencies.Count} regencies and cities");
        Assert.All(regencies, r => Assert.Equal(RegionKind.Province, Catalog.Find(r.ProvinceCode)?.Kind));
        Assert.All(Catalog.Provinces, p => Assert.NotEmpty(Catalog.In(p.Code)));
        Assert.All(regencies.Where(r => r.Kind == RegionKind.Regency), r => Assert.StartsWith("Kabupaten ", r.Name));
        Assert.All(regencies.Where(r => r.Kind == RegionKind.City), r => Assert.StartsWith("Kota ", r.Name));
        Assert.All(regencies.Where(r => r.Kind == RegionKind.City), r => Assert.True(int.Parse(r.Code[3..]) >= 71, r.Code));
    }

    [Theory]
    [InlineData("11", "Aceh")]
    [InlineData("11.01", "Kabupaten Aceh Selatan")]
    [InlineData("64.02", "Kabupaten Kutai Kartanegara")]
    [InlineData("64.72", "Kota Samarinda")]
    [InlineData("62.07", "Kabupaten Seruyan")]
    [InlineData("64.01", "Kabupaten Paser")]
    [InlineData("13.11", "Kabupaten Solok Selatan")]
    [InlineData("33.05", "Kabupaten Kebumen")]
    public void The_regions_of_the_source_circulars_are_there(string code, string name)
    {
        Assert.Equal(name, Catalog.Find(code)?.Name);
    }

    /// <summary>The provinces made in 2022 and their regencies, as Kepmendagri 100.1.1-6117/2022 and its 2023 update code them.</summary>
    [Theory]
    [InlineData("93", "Papua Selatan")]
    [InlineData("93.01", "Kabupaten Merauke")]
    [InlineData("93.04", "Kabupaten Asmat")]
    [InlineData("94", "Papua Tengah")]
    [InlineData("94.01", "Kabupaten Nabire")]
    [InlineData("94.04", "Kabupaten Mimika")]
    [InlineData("94.08", "Kabupaten Deiyai")]
    [InlineData("95", "Papua Pegunungan")]
    [InlineData("95.01", "Kabupaten Jayawijaya")]
    [InlineData("95.08", "Kabupaten Nduga")]
    [InlineData("96", "Papua Barat Daya")]
    [InlineData("96.01", "Kabupaten Sorong")]
    [InlineData("96.02", "Kabupaten Sorong Selatan")]
    [InlineData("96.03", "Kabupaten Raja Ampat")]
    [InlineData("96.04", "Kabupaten Tambrauw")]
    [InlineData("96.05", "Kabupaten Maybrat")]
    [InlineData("96.71", "Kota Sorong")]
    public void The_papuan_provinces_of_2022_have_their_kemendagri_codes(string code, string name)
    {
        Assert.Equal(name, Catalog.Find(code)?.Name);
    }

    [Fact]
    public void A_regency_is_described_with_its_province() =>
        Assert.Equal("Kota Samarinda, Kalimantan Timur", Catalog.Describe(Catalog.Find("64.72")!));
}
