using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Editing;
using static Sikerja.Domain.Tests.Rosters.TestScenario;

namespace Sikerja.Domain.Tests.Rosters.Editing;

/// <summary>One edited cell of a solved roster against each rule of roster-scenario.md, and the day counted again.</summary>
public sealed class CellCheckTests
{
    private static readonly MinimumRule OneStaffPerAgency = new(OrgUnitType.Agency, new Selector(Levels: [PositionLevel.Staff]), 1);
    private static readonly Shift[] TwoShifts = [new("PAGI", new TimeOnly(7, 30), new TimeOnly(11, 30)), new("SIANG", new TimeOnly(12, 0), new TimeOnly(16, 0))];

    private static (Scenario Scenario, Roster Roster) Solved(TestScenario builder)
    {
        var scenario = builder.Build();
        return (scenario, RosterSolver.Solve(scenario));
    }

    private static CellVerdict Edit(Scenario scenario, Roster roster, string employee, DateOnly date, WorkMode mode, ShiftSet? shifts = null) =>
        CellCheck.Check(scenario, roster.Assignments,
            new RosterAssignment(employee, date, mode, mode == WorkMode.Office ? shifts ?? ShiftSet.All(scenario.Policy.Shifts.Count) : ShiftSet.None, AssignmentReason.Home));

    private static string AtOffice(Roster roster, DateOnly date) =>
        roster.Assignments.Single(a => a.Date == date && a.Mode == WorkMode.Office && a.Employee.StartsWith('s')).Employee;

    private static string AtHome(Roster roster, DateOnly date) =>
        roster.Assignments.First(a => a.Date == date && a.Mode == WorkMode.Home).Employee;

    [Fact]
    public void Sending_home_the_one_a_minimum_needs_breaks_that_minimum_where_it_is_counted()
    {
        var (scenario, roster) = Solved(new TestScenario()
            .With(p => p with { MinimumOnSite = [OneStaffPerAgency] })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 3, "dinas"));

        var verdict = Edit(scenario, roster, AtOffice(roster, Monday), Monday, WorkMode.Home);

        var breach = Assert.Single(verdict.Breaches, b => b.Kind == BreachKind.Minimum);
        Assert.Equal(new RuleBreach(BreachKind.Minimum, AtOffice(roster, Monday), Monday, "dinas", "FULL", 0, 1, 0), breach);
        Assert.Equal(AssignmentReason.Home, verdict.Reason);
    }

    [Fact]
    public void Under_minimum_staffing_no_one_comes_in_without_need()
    {
        var (scenario, roster) = Solved(new TestScenario()
            .With(p => p with { MinimumOnSite = [OneStaffPerAgency] })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 3, "dinas"));

        var fewestAtHome = roster.Assignments.Where(a => a.Date == Monday && a.Mode == WorkMode.Home).Select(a => a.Employee).MinBy(roster.OfficeDays)!;

        var verdict = Edit(scenario, roster, fewestAtHome, Monday, WorkMode.Office);

        Assert.Equal([BreachKind.NotNeeded], verdict.Breaches.Select(b => b.Kind));
        Assert.Equal(AssignmentReason.Minimum, verdict.Reason);
    }

    [Fact]
    public void The_fixed_rules_hold_an_unavailable_employee_off_and_those_always_on_site_in_every_shift()
    {
        var (scenario, roster) = Solved(new TestScenario()
            .With(p => p with { AlwaysOnSite = [new Selector(Levels: [PositionLevel.Jpt])], Shifts = TwoShifts })
            .Unit("dinas", OrgUnitType.Agency)
            .Employee("kadis", "dinas", PositionLevel.Jpt)
            .Employee("sakit", "dinas", unavailable: Monday)
            .Staff("s", 2, "dinas"));

        var home = Edit(scenario, roster, "kadis", Monday, WorkMode.Home);
        var oneShift = Edit(scenario, roster, "kadis", Monday, WorkMode.Office, ShiftSet.One(0));
        var sick = Edit(scenario, roster, "sakit", Monday, WorkMode.Home);
        var off = Edit(scenario, roster, "s1", Monday, WorkMode.Off);

        Assert.Contains(home.Breaches, b => b is { Kind: BreachKind.FixedOffice, Fixed: AssignmentReason.AlwaysOnSite });
        Assert.Contains(oneShift.Breaches, b => b.Kind == BreachKind.FixedOffice);
        Assert.Equal([BreachKind.Unavailable], sick.Breaches.Select(b => b.Kind));
        Assert.Equal([BreachKind.OffWithoutCause], off.Breaches.Select(b => b.Kind));
    }

    [Fact]
    public void A_day_the_roster_chooses_at_the_office_is_in_exactly_one_shift()
    {
        var (scenario, roster) = Solved(new TestScenario()
            .With(p => p with { Shifts = TwoShifts, Staffing = Staffing.Capacity })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 2, "dinas"));

        var verdict = Edit(scenario, roster, "s1", Monday, WorkMode.Office, ShiftSet.All(2));

        Assert.Equal([BreachKind.OneShift], verdict.Breaches.Select(b => b.Kind));
    }

    [Fact]
    public void Under_capacity_staffing_a_shift_is_filled_to_its_cap_and_not_beyond()
    {
        var (scenario, roster) = Solved(new TestScenario()
            .With(p => p with { Staffing = Staffing.Capacity, MaxOnSiteFraction = 0.5m })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 4, "dinas"));
        var inOffice = roster.Assignments.First(a => a.Date == Monday && a.Mode == WorkMode.Office).Employee;

        var beyond = Edit(scenario, roster, AtHome(roster, Monday), Monday, WorkMode.Office);
        var under = Edit(scenario, roster, inOffice, Monday, WorkMode.Home);

        Assert.Equal(new RuleBreach(BreachKind.Cap, AtHome(roster, Monday), Monday, "dinas", "FULL", Required: 2, Actual: 3), Assert.Single(beyond.Breaches));
        Assert.Equal(new RuleBreach(BreachKind.CapacityRoom, inOffice, Monday, "dinas", "FULL", Required: 2, Actual: 1), Assert.Single(under.Breaches));
    }

    [Fact]
    public void A_change_that_keeps_every_rule_passes_with_the_reason_the_spec_gives()
    {
        var (scenario, roster) = Solved(new TestScenario()
            .With(p => p with { Shifts = TwoShifts, Staffing = Staffing.Capacity })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 2, "dinas"));
        var s1 = roster.Assignments.Single(a => a.Employee == "s1" && a.Date == Monday);
        var other = ShiftSet.One(s1.Shifts.Contains(0) ? 1 : 0);

        var verdict = Edit(scenario, roster, "s1", Monday, WorkMode.Office, other);

        Assert.True(verdict.IsValid, string.Join("; ", verdict.Breaches));
        Assert.Equal(AssignmentReason.Capacity, verdict.Reason);
    }

    [Fact]
    public void A_priority_home_employee_comes_in_only_when_no_one_else_could()
    {
        var (scenario, roster) = Solved(new TestScenario()
            .With(p => p with { MinimumOnSite = [OneStaffPerAgency] })
            .Unit("dinas", OrgUnitType.Agency)
            .Employee("hamil", "dinas", priorityHome: true)
            .Staff("s", 2, "dinas"));
        var stand = AtOffice(roster, Monday);

        var comesIn = Edit(scenario, roster, "hamil", Monday, WorkMode.Office);
        var verdictAfterSwap = CellCheck.Check(scenario,
            roster.Assignments.Select(a => a.Employee == stand && a.Date == Monday ? a with { Mode = WorkMode.Home, Shifts = ShiftSet.None } : a),
            new RosterAssignment("hamil", Monday, WorkMode.Office, ShiftSet.All(1), AssignmentReason.Minimum));

        Assert.Contains(comesIn.Breaches, b => b.Kind == BreachKind.PriorityHome);
        Assert.Contains(verdictAfterSwap.Breaches, b => b.Kind == BreachKind.PriorityHome && b.Other != null);
    }

    [Fact]
    public void Interchangeable_colleagues_office_days_stay_within_one()
    {
        var (scenario, roster) = Solved(new TestScenario()
            .With(p => p with { MinimumOnSite = [OneStaffPerAgency] })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 2, "dinas"));
        var fewer = roster.OfficeDays("s1") < roster.OfficeDays("s2") ? "s1" : "s2";
        var more = fewer == "s1" ? "s2" : "s1";
        var day = roster.Assignments.First(a => a.Employee == fewer && a.Mode == WorkMode.Office).Date;

        var verdict = Edit(scenario, roster, fewer, day, WorkMode.Home);

        Assert.Contains(verdict.Breaches, b => b.Kind == BreachKind.Fairness && b.Other == more && b.Actual == roster.OfficeDays(fewer) - 1);
    }

    [Fact]
    public void Outside_the_policy_only_the_fixed_rule_counts()
    {
        var (scenario, roster) = Solved(new TestScenario()
            .With(p => p with { EffectiveFrom = Monday.AddDays(1), MinimumOnSite = [OneStaffPerAgency] })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 2, "dinas"));

        var verdict = Edit(scenario, roster, "s1", Monday, WorkMode.Home);

        Assert.Equal([BreachKind.FixedOffice], verdict.Breaches.Select(b => b.Kind));
        Assert.Equal(AssignmentReason.NoPolicy, verdict.Breaches[0].Fixed);
    }

    [Fact]
    public void The_day_is_counted_again_as_the_roster_format_lists_it()
    {
        var (scenario, roster) = Solved(new TestScenario()
            .With(p => p with { MinimumOnSite = [OneStaffPerAgency], MaxOnSiteFraction = 0.5m })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 2, "dinas").Employee("kadis", "dinas", PositionLevel.Jpt)
            .With(p => p with { AlwaysOnSite = [new Selector(Levels: [PositionLevel.Jpt])] }));
        var stand = AtOffice(roster, Monday);
        var edited = roster.Assignments.Select(a => a.Employee == stand && a.Date == Monday ? a with { Mode = WorkMode.Home, Shifts = ShiftSet.None } : a).ToList();

        var before = RosterFacts.OnDay(scenario, roster.Assignments, Monday);
        var after = RosterFacts.OnDay(scenario, edited, Monday);

        Assert.Equal(roster.Shortfalls.Where(s => s.Date == Monday), before.Shortfalls);
        Assert.Equal(roster.Violations.Where(v => v.Date == Monday), before.Violations);
        Assert.Equal([new Shortfall(0, "dinas", Monday, "FULL", 1, 0)], after.Shortfalls);
        Assert.Empty(after.Violations);
    }
}
