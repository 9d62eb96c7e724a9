using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using static Sikerja.Domain.Tests.Policies.PolicySamples;

namespace Sikerja.Domain.Tests.Policies;

public sealed class PolicyRulesCheckTests
{
    private static readonly PolicyRules Valid = Rules("060/1160/2020", D(3, 26), D(3, 28));

    private static List<string> Where(PolicyRules rules) => [.. PolicyRulesCheck.Validate(rules).Select(p => p.Where)];

    [Fact]
    public void The_sample_is_valid()
    {
        Assert.Empty(PolicyRulesCheck.Validate(Valid));
    }

    [Fact]
    public void Number_and_title_are_required_and_bounded()
    {
        Assert.Equal(["number", "title"], Where(Valid with { Number = " ", Title = "" }));
        Assert.Equal(["number", "title"], Where(Valid with { Number = new string('1', 101), Title = new string('x', 301) }));
    }

    [Fact]
    public void The_end_may_not_come_before_the_start()
    {
        var problem = Assert.Single(PolicyRulesCheck.Validate(Valid with { EffectiveUntil = D(3, 25) }));
        Assert.Equal("effectiveUntil", problem.Where);
        Assert.Contains("2020-03-26", problem.Message, StringComparison.Ordinal);
        Assert.Empty(PolicyRulesCheck.Validate(Valid with { EffectiveUntil = D(3, 26) }));
        Assert.Equal(["effectiveFrom"], Where(Valid with { EffectiveFrom = new DateOnly(1999, 12, 31) }));
    }

    [Fact]
    public void Someone_must_be_covered()
    {
        Assert.Equal(["appliesTo"], Where(Valid with { AppliesTo = [] }));
        Assert.Equal(["appliesTo[1]"], Where(Valid with { AppliesTo = [Employment.Pns, (Employment)9] }));
    }

    [Fact]
    public void Exempt_units_are_valid_codes_named_once()
    {
        Assert.Equal(["exemptUnits[1]", "exemptUnits[2]"], Where(Valid with { ExemptUnits = ["bpbd", "BPBD!", "bpbd"] }));
        Assert.Equal(["exemptUnitTypes[0]"], Where(Valid with { ExemptUnitTypes = [(OrgUnitType)99] }));
    }

    [Fact]
    public void Shifts_have_unique_codes_and_end_after_they_start()
    {
        Assert.Equal(["shifts"], Where(Valid with { Shifts = [] }));
        var shifts = new List<Shift>
        {
            new("PAGI", new TimeOnly(7, 30), new TimeOnly(11, 30)),
            new("PAGI", new TimeOnly(12, 0), new TimeOnly(16, 0)),
            new("", new TimeOnly(8, 0), new TimeOnly(9, 0)),
            new("SORE 1", new TimeOnly(16, 0), new TimeOnly(15, 0)),
        };
        Assert.Equal(["shifts[1].code", "shifts[2].code", "shifts[3].code", "shifts[3].end"], Where(Valid with { Shifts = shifts }));
        var many = Enumerable.Range(0, 9).Select(i => new Shift($"S{i}", new TimeOnly(i, 0), new TimeOnly(i, 30))).ToList();
        Assert.Equal(["shifts"], Where(Valid with { Shifts = many }));
    }

    [Fact]
    public void The_cap_is_a_fraction_above_zero_up_to_one()
    {
        Assert.Equal(["maxOnSiteFraction"], Where(Valid with { MaxOnSiteFraction = 0m }));
        Assert.Equal(["maxOnSiteFraction"], Where(Valid with { MaxOnSiteFraction = 1.01m }));
        Assert.Empty(Where(Valid with { MaxOnSiteFraction = 1m }));
        Assert.Empty(Where(Valid with { MaxOnSiteFraction = 0.25m }));
    }

    [Fact]
    public void Minimum_rules_count_at_least_one_of_a_known_unit_type()
    {
        var rules = Valid with
        {
            MinimumOnSite =
            [
                new MinimumRule(OrgUnitType.Agency, new Selector(Levels: [PositionLevel.Administrator]), 0),
                new MinimumRule((OrgUnitType)42, new Selector(), 1),
                new MinimumRule(OrgUnitType.Section, new Selector(Levels: [(PositionLevel)7]), 1001),
            ],
        };
        Assert.Equal(["minimumOnSite[0].count", "minimumOnSite[1].per", "minimumOnSite[2].count", "minimumOnSite[2].select.levels"], Where(rules));
    }

    [Fact]
    public void Selectors_name_known_values_and_real_titles()
    {
        var rules = Valid with
        {
            AlwaysOnSite =
            [
                new Selector(Titles: ["Sekda", " "]),
                new Selector(HeadOfUnitTypes: [(OrgUnitType)50], Employment: [(Employment)50]),
            ],
        };
        Assert.Equal(["alwaysOnSite[0].titles", "alwaysOnSite[1].headOfUnitTypes", "alwaysOnSite[1].employment"], Where(rules));
    }

    [Fact]
    public void An_unknown_staffing_mode_is_refused()
    {
        Assert.Equal(["staffing"], Where(Valid with { Staffing = (Staffing)5 }));
    }

    [Fact]
    public void Exempt_units_the_tenant_lacks_are_named()
    {
        var problems = PolicyLifecycle.CheckDraft(Valid with { ExemptUnits = ["bpbd", "satpolpp"] }, "x", "Bupati", D(3, 25), Units);
        var problem = Assert.Single(problems);
        Assert.Equal("exemptUnits[1]", problem.Where);
        Assert.Contains("'satpolpp'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_signer_fits_its_columns()
    {
        var problems = PolicyLifecycle.CheckDraft(Valid, new string('x', 201), new string('y', 201), new DateOnly(1990, 1, 1), Units);
        Assert.Equal(["signerName", "signerPost", "issuedOn"], problems.Select(p => p.Where));
    }
}
