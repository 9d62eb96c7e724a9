using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using static Sikerja.Domain.Tests.Rosters.TestScenario;

namespace Sikerja.Domain.Tests.Rosters;

/// <summary>Rules 1–6 of roster-scenario.md, one employee at a time.</summary>
public sealed class RosterSolverRuleTests
{
    private static readonly Selector Structural = new(Levels: [PositionLevel.Jpt, PositionLevel.Administrator]);

    [Fact]
    public void Every_employee_gets_one_assignment_per_working_day_and_none_on_weekends_or_holidays()
    {
        var scenario = new TestScenario { To = Monday.AddDays(13) }
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 3, "dinas");
        scenario.Holidays.Add(Monday.AddDays(2));

        var roster = scenario.Solve();

        Assert.Equal(9, roster.Summary.WorkingDays);
        Assert.Equal(27, roster.Assignments.Count);
        Assert.DoesNotContain(roster.Assignments, a => a.Date == Monday.AddDays(2) || a.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.All(roster.Assignments.GroupBy(a => (a.Employee, a.Date)), g => Assert.Single(g));
        Assert.Equal(new RosterSummary(3, 9, 0, 27), roster.Summary);
    }

    [Fact]
    public void Unavailable_comes_first_even_for_those_always_on_site()
    {
        var roster = new TestScenario()
            .With(p => p with { AlwaysOnSite = [Structural] })
            .Unit("dinas", OrgUnitType.Agency)
            .Employee("kadis", "dinas", PositionLevel.Jpt, unavailable: Monday)
            .Solve();

        Assert.Equal((WorkMode.Off, AssignmentReason.Unavailable, ShiftSet.None), Cell(roster, "kadis", Monday));
        Assert.Equal(WorkMode.Office, roster.Of("kadis", Monday.AddDays(1)).Mode);
    }

    [Fact]
    public void Days_outside_the_policy_are_office_days_in_every_shift()
    {
        var roster = new TestScenario()
            .With(p => p with { EffectiveFrom = Monday.AddDays(1), EffectiveUntil = Monday.AddDays(2), Shifts = TwoShifts })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 2, "dinas")
            .Solve();

        Assert.Equal((WorkMode.Office, AssignmentReason.NoPolicy, ShiftSet.All(2)), Cell(roster, "s1", Monday));
        Assert.Equal((WorkMode.Office, AssignmentReason.NoPolicy, ShiftSet.All(2)), Cell(roster, "s1", Monday.AddDays(3)));
        Assert.Equal((WorkMode.Home, AssignmentReason.Home, ShiftSet.None), Cell(roster, "s1", Monday.AddDays(1)));
    }

    [Fact]
    public void Employment_the_policy_does_not_cover_keeps_working_at_the_office()
    {
        var roster = new TestScenario()
            .With(p => p with { AppliesTo = [Employment.Pns] })
            .Unit("dinas", OrgUnitType.Agency)
            .Employee("honorer", "dinas", employment: Employment.NonAsn)
            .Employee("pns", "dinas")
            .Solve();

        Assert.Equal((WorkMode.Office, AssignmentReason.OutOfScope, ShiftSet.All(1)), Cell(roster, "honorer", Monday));
        Assert.Equal(WorkMode.Home, roster.Of("pns", Monday).Mode);
    }

    [Fact]
    public void Exemption_by_type_or_by_unit_covers_the_whole_subtree()
    {
        var roster = new TestScenario()
            .With(p => p with { ExemptUnitTypes = [OrgUnitType.Hospital], ExemptUnits = ["bpbd"] })
            .Unit("rsud", OrgUnitType.Hospital).Unit("rsud.igd", OrgUnitType.Section, "rsud")
            .Unit("bpbd", OrgUnitType.Agency).Unit("bpbd.darurat", OrgUnitType.Division, "bpbd")
            .Unit("dinas", OrgUnitType.Agency)
            .Employee("perawat", "rsud.igd", PositionLevel.Functional)
            .Employee("petugas", "bpbd.darurat")
            .Employee("staf", "dinas")
            .Solve();

        Assert.Equal(AssignmentReason.ExemptUnit, roster.Of("perawat", Monday).Reason);
        Assert.Equal(AssignmentReason.ExemptUnit, roster.Of("petugas", Monday).Reason);
        Assert.Equal(AssignmentReason.Home, roster.Of("staf", Monday).Reason);
    }

    [Fact]
    public void Always_on_site_by_level_title_or_the_type_of_unit_headed()
    {
        var roster = new TestScenario()
            .With(p => p with
            {
                AlwaysOnSite = [new Selector(Titles: ["Sekda"]), new Selector(HeadOfUnitTypes: [OrgUnitType.Agency]), new Selector(Levels: [PositionLevel.Supervisor])],
            })
            .Unit("setda", OrgUnitType.Secretariat).Unit("dinas", OrgUnitType.Agency).Unit("dinas.seksi", OrgUnitType.Section, "dinas")
            .Employee("sekda", "setda", PositionLevel.Jpt, title: "Sekda")
            .Employee("kadis", "dinas", PositionLevel.Jpt, headOf: "dinas")
            .Employee("kasi", "dinas.seksi", PositionLevel.Supervisor, headOf: "dinas.seksi")
            .Employee("asisten", "setda", PositionLevel.Jpt, title: "Asisten")
            .Solve();

        Assert.Equal(AssignmentReason.AlwaysOnSite, roster.Of("sekda", Monday).Reason);
        Assert.Equal(AssignmentReason.AlwaysOnSite, roster.Of("kadis", Monday).Reason);
        Assert.Equal(AssignmentReason.AlwaysOnSite, roster.Of("kasi", Monday).Reason);
        Assert.Equal(AssignmentReason.Home, roster.Of("asisten", Monday).Reason);
    }

    [Fact]
    public void A_selector_field_given_as_an_empty_list_matches_no_one()
    {
        var roster = new TestScenario()
            .With(p => p with { AlwaysOnSite = [new Selector(Levels: [])] })
            .Unit("dinas", OrgUnitType.Agency).Employee("kadis", "dinas", PositionLevel.Jpt)
            .Solve();

        Assert.Equal(AssignmentReason.Home, roster.Of("kadis", Monday).Reason);
    }

    [Fact]
    public void Priority_home_employees_are_told_so()
    {
        var roster = new TestScenario()
            .Unit("dinas", OrgUnitType.Agency).Employee("hamil", "dinas", priorityHome: true)
            .Solve();

        Assert.Equal((WorkMode.Home, AssignmentReason.PriorityHome, ShiftSet.None), Cell(roster, "hamil", Monday));
    }

    [Fact]
    public void The_same_scenario_always_gives_the_same_roster()
    {
        var scenario = new TestScenario { To = Monday.AddDays(11) }
            .With(p => p with { Shifts = TwoShifts, MinimumOnSite = [new MinimumRule(OrgUnitType.Section, new Selector(), 1)] })
            .Unit("dinas", OrgUnitType.Agency).Unit("a", OrgUnitType.Section, "dinas").Unit("b", OrgUnitType.Section, "dinas")
            .Staff("a", 7, "a").Staff("b", 5, "b").Build();

        Assert.Equal(RosterSolver.Solve(scenario).Assignments, RosterSolver.Solve(scenario).Assignments);
    }

    internal static readonly Shift[] TwoShifts =
        [new("PAGI", new TimeOnly(7, 30), new TimeOnly(11, 30)), new("SIANG", new TimeOnly(12, 0), new TimeOnly(16, 0))];

    private static (WorkMode, AssignmentReason, ShiftSet) Cell(Roster roster, string employee, DateOnly date)
    {
        var a = roster.Of(employee, date);
        return (a.Mode, a.Reason, a.Shifts);
    }
}
