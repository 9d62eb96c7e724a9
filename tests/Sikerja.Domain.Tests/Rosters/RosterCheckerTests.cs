using Sikerja.Domain.Rosters;
using static Sikerja.Domain.Tests.Rosters.TinyRosters;

namespace Sikerja.Domain.Tests.Rosters;

/// <summary>The referee on hand-made cases: the hand-written correct rosters pass, and each broken rule of
/// roster-scenario.md is found where it is broken, saying which rule and how.</summary>
public sealed class RosterCheckerTests
{
    [Fact]
    public void The_hand_written_kebumen_like_roster_keeps_every_rule()
    {
        Assert.Empty(Kebumen_(KebumenRoster));
    }

    [Fact]
    public void The_hand_written_kukar_like_roster_keeps_every_rule()
    {
        Assert.Empty(Kukar_(KukarRoster));
    }

    [Fact]
    public void A_missing_assignment_is_found()
    {
        var lines = string.Join('\n', KebumenRoster.Split('\n').Where(l => !l.Contains("2020-03-26 staf1", StringComparison.Ordinal)));
        Assert.Equal(["employee staf1 on 2020-03-26: no assignment; exactly one per employee and working day"], Kebumen_(lines));
    }

    [Fact]
    public void A_second_assignment_of_the_same_day_is_found()
    {
        var roster = Parse(Kebumen, KebumenRoster + "\n2020-03-26 staf1 Home - Home", KebumenShortfalls);
        Assert.Equal(["assignments[27]: a second assignment of staf1 on 2020-03-26; exactly one per employee and working day"], Strings(roster, Kebumen));
    }

    [Fact]
    public void An_assignment_on_a_day_that_is_not_worked_is_found()
    {
        var roster = Parse(Kebumen, KebumenRoster + "\n2020-03-28 staf1 Home - Home", KebumenShortfalls);
        Assert.Equal(["assignments[27]: 2020-03-28 is not a working day of the period; an employee has assignments on working days only"], Strings(roster, Kebumen));
    }

    [Theory]
    [InlineData("2020-03-27 adm2 Home - Home", "employee adm2 on 2020-03-27: rule 1 (unavailable that day): expected Off with reason Unavailable, found Home with reason Home")]
    [InlineData("2020-03-30 staf1 Home - Home", "employee staf1 on 2020-03-30: rule 2 (outside the policy's effective dates): expected Office in FULL with reason NoPolicy, found Home with reason Home")]
    [InlineData("2020-03-26 dokter Office FULL Minimum", "employee dokter on 2020-03-26: rule 4 (unit in an exempt subtree): expected Office in FULL with reason ExemptUnit, found Office in FULL with reason Minimum")]
    [InlineData("2020-03-26 sekda Office FULL Minimum", "employee sekda on 2020-03-26: rule 5 (matches an alwaysOnSite selector): expected Office in FULL with reason AlwaysOnSite, found Office in FULL with reason Minimum")]
    [InlineData("2020-03-26 staf2 Home - Home", "employee staf2 on 2020-03-26: rule 6: a priority-home employee at home has reason PriorityHome, found Home")]
    [InlineData("2020-03-26 staf1 Home - PriorityHome", "employee staf1 on 2020-03-26: rule 6: an employee at home has reason Home, found PriorityHome")]
    [InlineData("2020-03-26 staf1 Off - Unavailable", "employee staf1 on 2020-03-26: rule 6: the employee is available, so at the office or at home, found Off (Unavailable)")]
    [InlineData("2020-03-26 sup1 Office FULL Capacity", "employee sup1 on 2020-03-26: reason Capacity does not occur under Minimum staffing")]
    [InlineData("2020-03-26 sup1 Office FULL Home", "employee sup1 on 2020-03-26: rule 6: an office day placed by the solver has reason Minimum or Capacity, found Home")]
    [InlineData("2020-03-26 staf1 Office FULL Minimum", "employee staf1 on 2020-03-26: no one in without need: at the office in FULL though every minimum rule holds without this employee")]
    [InlineData("2020-03-26 staf2 Office FULL Minimum", "employee staf2 on 2020-03-26: priority home: at the office in FULL though no minimum rule needs this employee there")]
    public void Each_broken_rule_of_one_employee_and_day_is_found(string line, string problem)
    {
        Assert.Equal([problem], Kebumen_(With(KebumenRoster, line)));
    }

    [Fact]
    public void Out_of_scope_staff_stay_at_the_office_and_count_for_the_minimums()
    {
        Assert.Equal(
            [
                "employee honor on 2020-03-26: rule 3 (employment NonAsn not in appliesTo): expected Office in FULL with reason OutOfScope, found Home with reason Home",
                "unit dinas.bid.sek on 2020-03-26, shift FULL: minimum rule 1 (per Section, count 1) is not met (0 of 1 at the office) and no shortfall is listed",
                "employee staf1 on 2020-03-26: minimum rule 1 (per Section, count 1) falls short in unit dinas.bid.sek, yet this employee, who matches it and is available, is not at the office",
                "employee staf2 on 2020-03-26: minimum rule 1 (per Section, count 1) falls short in unit dinas.bid.sek, yet this employee, who matches it and is available, is not at the office",
                "employee honor on 2020-03-26: minimum rule 1 (per Section, count 1) falls short in unit dinas.bid.sek, yet this employee, who matches it and is available, is not at the office",
            ],
            Kebumen_(With(KebumenRoster, "2020-03-26 honor Home - Home")));
    }

    [Fact]
    public void A_priority_home_employee_in_the_place_of_someone_at_home_is_found()
    {
        var lines = With(With(KebumenRoster, "2020-03-26 adm1 Office FULL Minimum"), "2020-03-26 adm2 Home - Home");
        Assert.Equal(["employee adm1 on 2020-03-26: priority home: at the office in FULL while adm2, not priority-home, is at home and could take the place"], Kebumen_(lines));
    }

    [Fact]
    public void A_shortfall_left_unlisted_is_found()
    {
        var roster = Parse(Kebumen, KebumenRoster, [KebumenShortfalls[0]]);
        Assert.Equal(["unit dinas.bid on 2020-03-27, shift FULL: minimum rule 2 (per Division, count 2) is not met (1 of 2 at the office) and no shortfall is listed"], Strings(roster, Kebumen));
    }

    [Fact]
    public void A_shortfall_with_the_wrong_count_is_found()
    {
        var roster = Parse(Kebumen, KebumenRoster, [KebumenShortfalls[0], KebumenShortfalls[1] with { Available = 0 }]);
        Assert.Equal(["shortfalls[1]: minimum rule 2 (per Division, count 2) in unit dinas.bid on 2020-03-27, shift FULL: required 2 and available 1, listed as 2 and 0"], Strings(roster, Kebumen));
    }

    [Fact]
    public void A_spurious_shortfall_is_found()
    {
        var roster = Parse(Kebumen, KebumenRoster, [.. KebumenShortfalls, new(0, "dinas", new(2020, 3, 26), "FULL", 1, 0), new(0, "dinas.bid", new(2020, 3, 26), "FULL", 1, 0), new(0, "dinas", new(2020, 3, 30), "FULL", 1, 0)]);
        Assert.Equal(
            [
                "shortfalls[4]: 2020-03-30 is not a working day in force; nothing is declared on other days",
                "shortfalls[3]: minimum rule 0 (per Agency, count 1) does not apply in unit dinas.bid on 2020-03-26, shift FULL (a unit of another type, or exempt), so it cannot fall short there",
                "shortfalls[2]: minimum rule 0 (per Agency, count 1) is met in unit dinas on 2020-03-26, shift FULL (1 at the office); no shortfall there",
            ],
            Strings(roster, Kebumen));
    }

    [Fact]
    public void A_shortfall_listed_twice_or_of_no_rule_is_found()
    {
        var roster = Parse(Kebumen, KebumenRoster, [.. KebumenShortfalls, KebumenShortfalls[0], KebumenShortfalls[1] with { Rule = 7 }]);
        Assert.Equal(
            [
                "shortfalls[2]: listed twice: minimum rule 2 (per Division, count 2) in unit dinas.bid on 2020-03-26, shift FULL",
                "shortfalls[3]: no minimum rule 7 in the policy",
            ],
            Strings(roster, Kebumen));
    }

    [Fact]
    public void A_shortfall_with_a_matching_employee_at_home_is_found()
    {
        var lines = With(KebumenRoster, "2020-03-26 sup1 Home - Home");
        var roster = Parse(Kebumen, lines, [KebumenShortfalls[0] with { Available = 0 }, KebumenShortfalls[1]]);
        Assert.Equal(["employee sup1 on 2020-03-26: minimum rule 2 (per Division, count 2) falls short in unit dinas.bid, yet this employee, who matches it and is available, is not at the office"], Strings(roster, Kebumen));
    }

    [Fact]
    public void A_roster_of_another_policy_and_a_wrong_summary_are_found()
    {
        var roster = Parse(Kebumen, KebumenRoster, KebumenShortfalls);
        roster = roster with { Policy = "999/2020", Summary = roster.Summary with { WorkingDays = 5, HomeAssignments = 0 } };
        Assert.Equal(
            [
                "policy: the roster is of policy '999/2020', the scenario's policy is '060/1160/2020'",
                "summary.workingDays: says 5, but there are 3 working days in the period",
                "summary.homeAssignments: says 0, but there are 5 Home assignments in the roster",
            ],
            Strings(roster, Kebumen));
    }

    [Fact]
    public void An_employee_placed_by_the_solver_in_two_shifts_is_found()
    {
        var lines = With(With(KukarRoster, "2021-06-28 s1 Office PAGI,SIANG Capacity"), "2021-06-28 s2 Home - Home");
        Assert.Equal(["employee s1 on 2021-06-28: rule 6: an employee placed by the solver is at the office in exactly one shift, found PAGI, SIANG"], Kukar_(lines));
    }

    [Fact]
    public void Going_over_the_cap_without_need_is_found()
    {
        Assert.Equal(
            [
                "unit dinas on 2021-06-28, shift PAGI: 3 covered employees at the office over the cap of 2, and no CapExceeded violation is listed",
                "employee s1 on 2021-06-28: cap: unit dinas is over its cap of 2 in PAGI, and this employee, added by the solver, is needed by no minimum rule",
                "employee s3 on 2021-06-28: cap: unit dinas is over its cap of 2 in PAGI, and this employee, added by the solver, is needed by no minimum rule",
            ],
            Kukar_(With(KukarRoster, "2021-06-28 s3 Office PAGI Capacity")));
    }

    [Fact]
    public void Cap_violations_are_listed_exactly()
    {
        var roster = Parse(Kukar, KukarRoster, violations: [KukarViolations[0] with { OnSite = 3 }, .. KukarViolations[1..3], new("bappeda", new(2021, 6, 28), "PAGI", 1, 1), new("dinas.bid", new(2021, 6, 28), "PAGI", 1, 2)]);
        Assert.Equal(
            [
                "violations[3]: unit bappeda on 2021-06-28, shift PAGI keeps its cap of 1 (1 at the office); no violation there",
                "violations[0]: CapExceeded in unit inspektorat on 2021-06-28, shift PAGI: cap 1 and onSite 2, listed as 1 and 3",
                "violations[4]: no cap applies to unit dinas.bid on 2021-06-28, shift PAGI (not a top-level unit)",
                "unit inspektorat on 2021-06-29, shift SIANG: 2 covered employees at the office over the cap of 1, and no CapExceeded violation is listed",
            ],
            Strings(roster, Kukar));
    }

    [Fact]
    public void Someone_at_home_while_a_shift_is_under_the_cap_is_found()
    {
        Assert.Equal(
            [
                "employee s2 on 2021-06-28: filled to the cap: unit dinas has 1 at the office in SIANG, under its cap of 2, yet this employee is at home",
                "employee s3 on 2021-06-28: filled to the cap: unit dinas has 1 at the office in SIANG, under its cap of 2, yet this employee is at home",
                "employee s4 on 2021-06-28: filled to the cap: unit dinas has 1 at the office in SIANG, under its cap of 2, yet this employee is at home",
            ],
            Kukar_(With(KukarRoster, "2021-06-28 s2 Home - Home")));
    }

    [Fact]
    public void Without_a_cap_capacity_staffing_keeps_everyone_at_the_office()
    {
        var scenario = Kukar with { Policy = Kukar.Policy with { MaxOnSiteFraction = null } };
        var problems = RosterChecker.Check(scenario, Parse(scenario, KukarRoster)).Select(p => p.ToString()).ToList();
        Assert.Contains("employee b1 on 2021-06-28: filled to the cap: under Capacity staffing without a cap every available employee placed by the solver is at the office, but this one is at home", problems);
        Assert.DoesNotContain(problems, p => p.StartsWith("employee b2", StringComparison.Ordinal));
    }

    [Fact]
    public void Reason_minimum_under_capacity_staffing_needs_a_minimum_rule_that_counts()
    {
        Assert.Equal(["employee s1 on 2021-06-28: reason Minimum, but no minimum rule counts this employee"], Kukar_(With(KukarRoster, "2021-06-28 s1 Office PAGI Minimum")));
    }

    [Fact]
    public void Interchangeable_employees_whose_office_days_differ_by_more_than_one_are_found()
    {
        var lines = With(With(With(With(KukarRoster, "2021-06-29 s1 Office PAGI Capacity"), "2021-06-29 s2 Office SIANG Capacity"), "2021-06-29 s3 Home - Home"), "2021-06-29 s4 Home - Home");
        Assert.Equal(["employee s1: fairness: 2 office days, but s3, interchangeable (same top-level unit dinas, counted by the same minimum rules, both placed by the solver), has 0; they differ by at most one"], Kukar_(lines));
    }

    private static List<string> Kebumen_(string lines) => Strings(Parse(Kebumen, lines, KebumenShortfalls), Kebumen);

    private static List<string> Kukar_(string lines) => Strings(Parse(Kukar, lines, violations: KukarViolations), Kukar);

    private static List<string> Strings(Roster roster, Scenario scenario) => [.. RosterChecker.Check(scenario, roster).Select(p => p.ToString())];
}
