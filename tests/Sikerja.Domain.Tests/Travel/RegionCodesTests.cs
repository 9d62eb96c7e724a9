using Sikerja.Domain.Travel;

namespace Sikerja.Domain.Tests.Travel;

public sealed class RegionCodesTests
{
    [Theory]
    [InlineData("64.02", "64.02", true)]
    [InlineData("64.02", "64.72", false)]
    [InlineData("64", "64.72", true)]
    [InlineData("64", "64", true)]
    [InlineData("64", "65.01", false)]
    [InlineData("6", "64.01", false)]
    [InlineData("64.02", "64", false)]
    [InlineData(null, "64.02", false)]
    [InlineData("", "64.02", false)]
    public void A_province_home_covers_its_regencies_and_a_regency_home_only_itself(string? home, string destination, bool inRegion) =>
        Assert.Equal(inRegion, RegionCodes.IsInRegion(home, destination));

    [Theory]
    [InlineData("64.02", "64")]
    [InlineData("64", "64")]
    [InlineData("LN-MY", "LN-MY")]
    public void The_province_of_a_code_is_its_first_part(string code, string province) => Assert.Equal(province, RegionCodes.ProvinceOf(code));

    [Theory]
    [InlineData("64.90", true)]
    [InlineData("LN-MY", true)]
    [InlineData("x", false)]
    [InlineData(".64", false)]
    [InlineData("64.", false)]
    [InlineData("64 02", false)]
    [InlineData("123456789012345678901", false)]
    public void Own_codes_are_short_letters_digits_dots_and_hyphens(string code, bool ok) => Assert.Equal(ok, RegionCodes.IsWellFormed(code));
}
