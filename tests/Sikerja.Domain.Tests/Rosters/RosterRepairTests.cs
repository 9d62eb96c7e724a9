using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using static Sikerja.Domain.Tests.Rosters.TestScenario;

namespace Sikerja.Domain.Tests.Rosters;

public sealed class RosterRepairTests
{
    private static Scenario WithSick(Scenario scenario, string employee, params DateOnly[] days) =>
        scenario with
        {
            Employees = [.. scenario.Employees.Select(e => e.Id == employee ? e with { Unavailable = [.. e.Unavailable, .. days] } : e)],
        };

    [Fact]
    public void A_sick_employee_on_duty_is_replaced_by_one_colleague_and_nothing_else_changes()
    {
        var scenario = new TestScenario { To = Monday.AddDays(11) }
            .With(p => p with { MinimumOnSite = [new MinimumRule(OrgUnitType.Section, new Selector(Levels: [PositionLevel.Staff]), 1)] })
            .Unit("dinas", OrgUnitType.Agency).Unit("a", OrgUnitType.Section, "dinas").Unit("b", OrgUnitType.Section, "dinas")
            .Staff("a", 4, "a").Staff("b", 4, "b").Build();
        var published = RosterSolver.Solve(scenario);
        var wednesday = Monday.AddDays(2);
        var onDuty = published.On(wednesday).First(a => a.Employee.StartsWith('a') && a.Mode == WorkMode.Office).Employee;

        var repair = RosterRepair.Repair(WithSick(scenario, onDuty, wednesday), published, wednesday);

        Assert.Equal(2, repair.Changes.Count);
        Assert.Contains(repair.Changes, c => c.After.Employee == onDuty && c.After.Mode == WorkMode.Off);
        Assert.Contains(repair.Changes, c => c.After.Employee.StartsWith('a') && c.After.Mode == WorkMode.Office && c.After.Date == wednesday);
        Assert.Equal(1, repair.Roster.AtOffice(wednesday, "a"));
        Assert.Equal(published.Assignments.Where(a => a.Date != wednesday), repair.Roster.Assignments.Where(a => a.Date != wednesday));
    }

    [Fact]
    public void Days_before_the_repair_date_stay_as_published()
    {
        var scenario = new TestScenario()
            .With(p => p with { MinimumOnSite = [new MinimumRule(OrgUnitType.Agency, new Selector(), 1)] })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 3, "dinas").Build();
        var published = RosterSolver.Solve(scenario);

        var repair = RosterRepair.Repair(WithSick(scenario, "s1", Monday, Monday.AddDays(3)), published, Monday.AddDays(3));

        Assert.Equal(published.Of("s1", Monday), repair.Roster.Of("s1", Monday));
        Assert.Equal(WorkMode.Off, repair.Roster.Of("s1", Monday.AddDays(3)).Mode);
    }

    [Fact]
    public void A_sick_employee_at_home_changes_only_their_own_day()
    {
        var scenario = new TestScenario()
            .With(p => p with { MinimumOnSite = [new MinimumRule(OrgUnitType.Agency, new Selector(), 1)] })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 5, "dinas").Build();
        var published = RosterSolver.Solve(scenario);
        var atHome = published.On(Monday).First(a => a.Mode == WorkMode.Home).Employee;

        var repair = RosterRepair.Repair(WithSick(scenario, atHome, Monday), published, Monday);

        var change = Assert.Single(repair.Changes);
        Assert.Equal((atHome, WorkMode.Home, WorkMode.Off), (change.After.Employee, change.Before.Mode, change.After.Mode));
    }

    [Fact]
    public void In_capacity_staffing_the_place_of_a_sick_official_goes_to_a_colleague_at_home()
    {
        var scenario = new TestScenario()
            .With(p => p with { MaxOnSiteFraction = 0.5m, Staffing = Staffing.Capacity, AlwaysOnSite = [new Selector(Levels: [PositionLevel.Jpt])] })
            .Unit("dinas", OrgUnitType.Agency).Employee("kadis", "dinas", PositionLevel.Jpt).Staff("s", 9, "dinas").Build();
        var published = RosterSolver.Solve(scenario);

        var repair = RosterRepair.Repair(WithSick(scenario, "kadis", Monday), published, Monday);

        Assert.Equal(2, repair.Changes.Count);
        Assert.Equal(5, repair.Roster.AtOffice(Monday, "s"));
    }

    [Fact]
    public void Repair_keeps_interchangeable_colleagues_within_one_office_day()
    {
        var scenario = new TestScenario { To = Monday.AddDays(11) }
            .With(p => p with { MinimumOnSite = [new MinimumRule(OrgUnitType.Agency, new Selector(), 2)] })
            .Unit("dinas", OrgUnitType.Agency).Staff("s", 5, "dinas").Build();
        var published = RosterSolver.Solve(scenario);
        var sick = published.On(Monday.AddDays(7)).First(a => a.Mode == WorkMode.Office).Employee;

        var repair = RosterRepair.Repair(WithSick(scenario, sick, Monday.AddDays(7), Monday.AddDays(8)), published, Monday.AddDays(7));

        var steady = Enumerable.Range(1, 5).Select(i => $"s{i}").Where(id => id != sick).Select(repair.Roster.OfficeDays).ToList();
        Assert.True(steady.Max() - steady.Min() <= 1, string.Join(",", steady));
        Assert.All(repair.Roster.Assignments.Select(a => a.Date).Distinct(), day => Assert.Equal(2, repair.Roster.AtOffice(day, "s")));
    }
}
