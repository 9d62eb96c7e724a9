using Sikerja.Domain.People;
using Sikerja.Domain.Travel;

namespace Sikerja.Domain.Tests.Travel;

public sealed class HighRiskAndSettingsTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    private static HighRiskRegion Marked(string code, int fromOffset, int untilOffset) =>
        new() { RegionCode = code, From = Day.AddDays(fromOffset), Until = Day.AddDays(untilOffset) };

    [Fact]
    public void A_marking_covers_its_regions_on_the_days_it_meets_the_trip()
    {
        Assert.True(HighRiskRules.IsHighRisk([Marked("31", 0, 10)], "31.71", Day.AddDays(-3), Day));
        Assert.True(HighRiskRules.IsHighRisk([Marked("31.71", 0, 10)], "31.71", Day.AddDays(10), Day.AddDays(12)));
        Assert.False(HighRiskRules.IsHighRisk([Marked("31.71", 0, 10)], "31.72", Day, Day));
        Assert.False(HighRiskRules.IsHighRisk([Marked("31", 0, 10)], "32.01", Day, Day));
        Assert.False(HighRiskRules.IsHighRisk([Marked("31", 0, 10)], "31.71", Day.AddDays(11), Day.AddDays(12)));
        Assert.False(HighRiskRules.IsHighRisk([], "31.71", Day, Day));
    }

    [Fact]
    public void A_marking_needs_a_known_region_and_ordered_dates()
    {
        var problems = HighRiskRules.Check("99", null, Day, Day.AddDays(-1), new string('x', HighRiskRegion.MaxNoteLength + 1)).ToList();
        Assert.Equal(["regionCode", "until", "note"], problems.Select(p => p.Where));
        Assert.Empty(HighRiskRules.Check("31", new Region("31", "DKI Jakarta", RegionKind.Province), Day, Day, null));
        Assert.Equal(["regionCode", "from", "until"], HighRiskRules.Check(null, null, null, null, null).Select(p => p.Where));
    }

    [Fact]
    public void Settings_need_known_home_non_empty_unique_chains_and_bounded_numbers()
    {
        Assert.Empty(TravelSettingsRules.Check(new TravelSettings { HomeRegionCode = "64.02" }, new Region("64.02", "Kabupaten Kutai Kartanegara", RegionKind.Regency)));
        var bad = new TravelSettings
        {
            HomeRegionCode = "99.99", OfficialChain = [], PrivateChain = [ApprovalStep.AgencyHead, ApprovalStep.AgencyHead],
            EmergencyGraceHours = -1, QuarantineDaysAfterHighRisk = TravelSettingsRules.MaxQuarantineDays + 1,
        };
        Assert.Equal(
            ["homeRegionCode", "officialChain", "privateChain", "emergencyGraceHours", "quarantineDaysAfterHighRisk"],
            TravelSettingsRules.Check(bad, null).Select(p => p.Where));
    }

    [Theory]
    [InlineData(Employment.Pns, PositionLevel.Jpt, TravelCategory.Structural)]
    [InlineData(Employment.Pns, PositionLevel.Administrator, TravelCategory.Structural)]
    [InlineData(Employment.Pppk, PositionLevel.Supervisor, TravelCategory.Structural)]
    [InlineData(Employment.Pns, PositionLevel.Staff, TravelCategory.FunctionalOrGeneral)]
    [InlineData(Employment.Pppk, PositionLevel.Functional, TravelCategory.FunctionalOrGeneral)]
    [InlineData(Employment.NonAsn, PositionLevel.Staff, TravelCategory.NonAsn)]
    [InlineData(Employment.NonAsn, PositionLevel.Supervisor, TravelCategory.NonAsn)]
    public void The_travel_category_follows_post_and_employment(Employment employment, PositionLevel level, TravelCategory category) =>
        Assert.Equal(category, TravelCategories.Of(employment, level));
}
