using Sikerja.Domain.Rosters.Solving;

namespace Sikerja.Domain.Rosters;

/// <summary>
/// Plans the roster of a valid scenario under every rule of roster-scenario.md. Top-level units are independent
/// (caps and minimum rules never cross them) and days only share the fairness count, so the solver walks the days
/// in order and plans each top-level unit with <see cref="DayPlanner"/>: linear in employees × days, deterministic.
/// </summary>
public static class RosterSolver
{
    public static Roster Solve(Scenario scenario)
    {
        var index = new ScenarioIndex(scenario);
        var classes = new PlacementClasses(index);
        var grid = new CellGrid(index.EmployeeCount, index.Days.Length);
        var planner = new DayPlanner(index, classes, grid);
        var tops = Enumerable.Range(0, index.UnitTop.Length).Where(u => index.UnitTop[u] == u && planner.HasWork(u)).ToArray();
        for (var day = 0; day < index.Days.Length; day++)
        {
            for (var e = 0; e < index.EmployeeCount; e++)
            {
                grid[e, day] = RuleCell(index, e, day);
            }
            if (index.PolicyDay[day])
            {
                foreach (var top in tops)
                {
                    planner.Plan(top, day);
                }
            }
        }
        return RosterAssembly.Build(index, grid);
    }

    /// <summary>Rules 1–5, and home as the starting point of rule 6.</summary>
    internal static Cell RuleCell(ScenarioIndex index, int employee, int day)
    {
        if (index.IsUnavailable(employee, day))
        {
            return Cell.Off;
        }
        if (!index.PolicyDay[day])
        {
            return Cell.AllDay(AssignmentReason.NoPolicy);
        }
        return index.Standing[employee] switch
        {
            EmployeeStanding.OutOfScope => Cell.AllDay(AssignmentReason.OutOfScope),
            EmployeeStanding.ExemptUnit => Cell.AllDay(AssignmentReason.ExemptUnit),
            EmployeeStanding.AlwaysOnSite => Cell.AllDay(AssignmentReason.AlwaysOnSite),
            _ => Cell.Home(index.PriorityHome[employee]),
        };
    }
}
