using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using static Sikerja.Domain.Tests.Rosters.TestScenario;

namespace Sikerja.Domain.Tests.Rosters;

/// <summary>Minimums, shortfalls, caps, both staffings, priority home and fairness.</summary>
public sealed class RosterSolverStaffingTests
{
    private static readonly Shift[] TwoShifts = RosterSolverRuleTests.TwoShifts;

    private static MinimumRule Min(OrgUnitType per, int count, params PositionLevel[] levels) =>
        new(per, new Selector(Levels: levels.Length == 0 ? null : levels), count);

    [Fact]
    public void Minimum_staffing_brings_in_exactly_what_each_rule_needs_in_every_shift()
    {
        var roster = new TestScenario()
            .With(p => p with { Shifts = TwoShifts, MinimumOnSite = [Min(OrgUnitType.Section, 1, PositionLevel.Staff)] })
            .Unit("dinas", OrgUnitType.Agency).Unit("dinas.umum", OrgUnitType.Section, "dinas")
            .Staff("s", 6, "dinas.umum")
            .Solve();

        foreach (var day in roster.Assignments.Select(a => a.Date).Distinct())
        {
            Assert.Equal(1, roster.AtOffice(day, "s", 0));
            Assert.Equal(1, roster.AtOffice(day, "s", 1));
            Assert.All(roster.On(day).Where(a => a.Mode == WorkMode.Office), a =>
            {
                Assert.Equal(AssignmentReason.Minimum, a.Reason);
                Assert.Equal(1, a.Shifts.Count);
            });
        }
        Assert.Empty(roster.Shortfalls);
    }

    [Fact]
    public void Everyone_at_the_office_by_other_rules_counts_toward_a_minimum()
    {
        var roster = new TestScenario()
            .With(p => p with { AppliesTo = [Employment.Pns], MinimumOnSite = [Min(OrgUnitType.Agency, 2)] })
            .Unit("dinas", OrgUnitType.Agency).Unit("dinas.upt", OrgUnitType.TechnicalUnit, "dinas")
            .With(p => p with { ExemptUnits = ["dinas.upt"] })
            .Employee("honorer", "dinas", employment: Employment.NonAsn)
            .Employee("teknisi", "dinas.upt")
            .Staff("s", 4, "dinas")
            .Solve();

        Assert.Equal(0, roster.AtOffice(Monday, "s"));
        Assert.Empty(roster.Shortfalls);
    }

    [Fact]
    public void Too_few_matching_employees_all_come_in_and_the_shortfall_says_how_many_there_are()
    {
        var roster = new TestScenario()
            .With(p => p with { Shifts = TwoShifts, MinimumOnSite = [Min(OrgUnitType.Agency, 2, PositionLevel.Administrator)] })
            .Unit("dinas", OrgUnitType.Agency)
            .Employee("kabid1", "dinas", PositionLevel.Administrator)
            .Employee("kabid2", "dinas", PositionLevel.Administrator, unavailable: Monday)
            .Employee("kabid3", "dinas", PositionLevel.Administrator, priorityHome: true)
            .Staff("s", 3, "dinas")
            .Solve();

        // Monday: kabid1 and kabid3 (the only ones available, priority or not) fill two of four places.
        Assert.Equal(WorkMode.Office, roster.Of("kabid1", Monday).Mode);
        Assert.Equal(WorkMode.Office, roster.Of("kabid3", Monday).Mode);
        var monday = roster.Shortfalls.Where(s => s.Date == Monday).OrderBy(s => s.Shift).ToList();
        Assert.Equal([new Shortfall(0, "dinas", Monday, "PAGI", 2, 1), new Shortfall(0, "dinas", Monday, "SIANG", 2, 1)], monday);
        // Tuesday: three administrators for four places; the priority-home one is needed too.
        var tuesday = Monday.AddDays(1);
        Assert.All(["kabid1", "kabid2", "kabid3"], id => Assert.Equal(WorkMode.Office, roster.Of(id, tuesday).Mode));
        Assert.Single(roster.Shortfalls, s => s.Date == tuesday);
        Assert.Equal(0, roster.AtOffice(tuesday, "s", 0) + roster.AtOffice(tuesday, "s", 1));
    }

    [Fact]
    public void One_person_counted_by_several_rules_is_not_joined_by_someone_unneeded()
    {
        // The agency needs 2 staff; each section needs 1; one per section serves both rules.
        var roster = new TestScenario()
            .With(p => p with { MinimumOnSite = [Min(OrgUnitType.Agency, 2, PositionLevel.Staff), Min(OrgUnitType.Section, 1, PositionLevel.Staff)] })
            .Unit("dinas", OrgUnitType.Agency).Unit("a", OrgUnitType.Section, "dinas").Unit("b", OrgUnitType.Section, "dinas")
            .Staff("d", 3, "dinas").Staff("a", 3, "a").Staff("b", 3, "b")
            .Solve();

        Assert.All(roster.Assignments.Select(a => a.Date).Distinct(), day =>
        {
            Assert.Equal(0, roster.AtOffice(day, "d"));
            Assert.Equal(1, roster.AtOffice(day, "a"));
            Assert.Equal(1, roster.AtOffice(day, "b"));
        });
    }

    [Fact]
    public void Priority_home_employees_come_in_only_when_no_one_else_can()
    {
        var roster = new TestScenario()
            .With(p => p with { MinimumOnSite = [Min(OrgUnitType.Agency, 2)] })
            .Unit("dinas", OrgUnitType.Agency)
            .Employee("hamil", "dinas", priorityHome: true)
            .Employee("s1", "dinas")
            .Employee("s2", "dinas", unavailable: Monday)
            .Solve();

        Assert.Equal((WorkMode.Office, AssignmentReason.Minimum), (roster.Of("hamil", Monday).Mode, roster.Of("hamil", Monday).Reason));
        Assert.Equal((WorkMode.Home, AssignmentReason.PriorityHome), (roster.Of("hamil", Monday.AddDays(1)).Mode, roster.Of("hamil", Monday.AddDays(1)).Reason));
    }

    [Fact]
    public void Interchangeable_employees_take_turns_so_their_office_days_differ_by_at_most_one()
    {
        var roster = new TestScenario { To = Monday.AddDays(11) }
            .With(p => p with { MinimumOnSite = [Min(OrgUnitType.Agency, 2)] })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 7, "dinas")
            .Solve();

        var days = Enumerable.Range(1, 7).Select(i => roster.OfficeDays($"s{i}")).ToList();
        Assert.Equal(20, days.Sum());
        Assert.True(days.Max() - days.Min() <= 1, string.Join(",", days));
    }

    [Fact]
    public void Capacity_staffing_fills_each_shift_to_the_cap_in_turns()
    {
        // 20 covered: cap floor(0.25 × 20) = 5 per shift; the head is always in, so 4 + 4 come in by capacity.
        var roster = new TestScenario { To = Monday.AddDays(11) }
            .With(p => p with { Shifts = TwoShifts, MaxOnSiteFraction = 0.25m, Staffing = Staffing.Capacity, AlwaysOnSite = [new Selector(Levels: [PositionLevel.Jpt])] })
            .Unit("dinas", OrgUnitType.Agency)
            .Employee("kadis", "dinas", PositionLevel.Jpt)
            .Employee("hamil", "dinas", priorityHome: true)
            .Staff("s", 18, "dinas")
            .Solve();

        foreach (var day in roster.Assignments.Select(a => a.Date).Distinct())
        {
            Assert.Equal(4, roster.AtOffice(day, "s", 0));
            Assert.Equal(4, roster.AtOffice(day, "s", 1));
            Assert.Equal(WorkMode.Home, roster.Of("hamil", day).Mode);
        }
        Assert.All(roster.Assignments.Where(a => a.Employee.StartsWith('s') && a.Mode == WorkMode.Office), a => Assert.Equal(AssignmentReason.Capacity, a.Reason));
        var days = Enumerable.Range(1, 18).Select(i => roster.OfficeDays($"s{i}")).ToList();
        Assert.True(days.Max() - days.Min() <= 1, string.Join(",", days));
        Assert.Empty(roster.Violations);
    }

    [Fact]
    public void The_cap_is_taken_from_the_decimal_written()
    {
        // 0.29 × 100 is 29 exactly (in binary floating point it would floor to 28).
        var roster = new TestScenario()
            .With(p => p with { MaxOnSiteFraction = 0.29m, Staffing = Staffing.Capacity })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 100, "dinas")
            .Solve();

        Assert.Equal(29, roster.AtOffice(Monday, "s"));
    }

    [Fact]
    public void Capacity_without_a_cap_brings_everyone_covered_in()
    {
        var roster = new TestScenario()
            .With(p => p with { Shifts = TwoShifts, Staffing = Staffing.Capacity })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 5, "dinas").Employee("hamil", "dinas", priorityHome: true)
            .Solve();

        Assert.Equal(5, roster.AtOffice(Monday, "s", 0) + roster.AtOffice(Monday, "s", 1));
        Assert.Equal(WorkMode.Home, roster.Of("hamil", Monday).Mode);
    }

    [Fact]
    public void A_cap_smaller_than_those_who_must_be_in_is_reported_with_the_real_count()
    {
        var roster = new TestScenario()
            .With(p => p with { MaxOnSiteFraction = 0.1m, AlwaysOnSite = [new Selector(Levels: [PositionLevel.Administrator])], MinimumOnSite = [Min(OrgUnitType.Agency, 1, PositionLevel.Staff)] })
            .Unit("dinas", OrgUnitType.Agency)
            .Staff("kabid", 2, "dinas", PositionLevel.Administrator)
            .Staff("s", 8, "dinas")
            .Solve();

        Assert.Contains(new CapViolation("dinas", Monday, "FULL", 1, 3), roster.Violations);
        Assert.Equal(1, roster.AtOffice(Monday, "s"));
    }

    [Fact]
    public void Small_units_keep_a_cap_of_one()
    {
        var roster = new TestScenario()
            .With(p => p with { MaxOnSiteFraction = 0.25m, Staffing = Staffing.Capacity })
            .Unit("kel", OrgUnitType.Village).Staff("s", 3, "kel")
            .Solve();

        Assert.Equal(1, roster.AtOffice(Monday, "s"));
    }
}
