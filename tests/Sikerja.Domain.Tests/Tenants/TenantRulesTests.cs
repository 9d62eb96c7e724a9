using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;

namespace Sikerja.Domain.Tests.Tenants;

public sealed class TenantRulesTests
{
    [Theory]
    [InlineData("kebumen", true)]
    [InlineData("kutai-kartanegara", true)]
    [InlineData("kab2", true)]
    [InlineData("Kebumen", false)]
    [InlineData("2kab", false)]
    [InlineData("kab.kebumen", false)]
    [InlineData("", false)]
    public void Codes_are_lower_case_url_safe_and_start_with_a_letter(string code, bool valid) =>
        Assert.Equal(valid, TenantRules.CheckCode(code) is null);

    [Fact]
    public void A_valid_tenant_has_no_problems()
    {
        Assert.Empty(TenantRules.Validate("paser", "Pemerintah Kabupaten Paser", TenantKind.Regency, IndonesianTimeZones.Wita, WorkWeek.MondayToFriday));
    }

    [Fact]
    public void Every_problem_names_its_field()
    {
        var problems = TenantRules.Validate("Paser!", " ", (TenantKind)9, "Asia/Singapore", WorkWeek.None).ToList();
        Assert.Equal(["code", "kind", "name", "timeZoneId", "workWeek"], problems.Select(p => p.Where));
        Assert.Contains("Asia/Makassar (WITA)", problems.Single(p => p.Where == "timeZoneId").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_work_week_with_bits_beyond_the_week_is_refused()
    {
        Assert.Single(TenantRules.ValidateSettings("Pemkab", IndonesianTimeZones.Wib, (WorkWeek)(1 << 9)));
    }

    [Fact]
    public void Work_days_are_read_from_the_scenario_day_names()
    {
        Assert.True(TenantRules.TryParseWorkDays(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], out var week, out _));
        Assert.Equal(WorkWeek.MondayToSaturday, week);
        Assert.False(TenantRules.TryParseWorkDays(["Mon", "Senin"], out _, out var problem));
        Assert.Contains("Senin", problem!.Message, StringComparison.Ordinal);
    }
}
