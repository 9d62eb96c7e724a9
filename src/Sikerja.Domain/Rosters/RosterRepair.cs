using System.Numerics;
using Sikerja.Domain.Rosters.Solving;

namespace Sikerja.Domain.Rosters;

/// <summary>
/// Re-plans a published roster after people became unavailable (or available again), changing as few
/// assignments as possible: days before <c>from</c> stay as published; on later days only the top-level units
/// whose people changed are re-planned, keeping everyone the solver had placed who is still needed, adding the
/// fewest replacements (fewest office days first) and finally evening out office days within each class of
/// interchangeable employees by swapping days.
/// </summary>
public static class RosterRepair
{
    /// <param name="scenario">The scenario of the published roster with the new unavailable days.</param>
    /// <exception cref="ArgumentException">The roster does not hold exactly one assignment per employee and working
    /// day of the scenario.</exception>
    public static RepairResult Repair(Scenario scenario, Roster published, DateOnly from)
    {
        var index = new ScenarioIndex(scenario);
        var classes = new PlacementClasses(index);
        var grid = PublishedGrid(index, published);
        var before = grid.Copy();
        var planner = new DayPlanner(index, classes, grid);
        var touchedTops = new HashSet<int>();
        for (var day = 0; day < index.Days.Length; day++)
        {
            if (index.Days[day] < from)
            {
                continue;
            }
            var changedTops = new HashSet<int>();
            for (var e = 0; e < index.EmployeeCount; e++)
            {
                var cell = grid[e, day];
                var rule = RosterSolver.RuleCell(index, e, day);
                var stillValid = rule.Mode == WorkMode.Home ? cell.Mode == WorkMode.Home || cell.IsPlacedOffice : cell == rule;
                if (!stillValid)
                {
                    if (cell.IsPlacedOffice)
                    {
                        grid.OfficeDays[e]--;
                    }
                    grid[e, day] = rule;
                    changedTops.Add(index.EmployeeTop[e]);
                }
            }
            if (index.PolicyDay[day])
            {
                foreach (var top in changedTops.Where(planner.HasWork))
                {
                    planner.Plan(top, day);
                }
            }
            touchedTops.UnionWith(changedTops);
        }
        new FairnessSwaps(index, classes, grid).Apply(touchedTops, from);
        var roster = RosterAssembly.Build(index, grid);
        return new RepairResult(roster, Changes(index, before, roster));
    }

    private static CellGrid PublishedGrid(ScenarioIndex index, Roster published)
    {
        var days = index.Days.Length;
        var employees = index.Scenario.Employees;
        Dictionary<string, int>? employeeIndex = null;
        var grid = new CellGrid(index.EmployeeCount, days);
        var seen = new bool[(long)index.EmployeeCount * days];
        for (var i = 0; i < published.Assignments.Count; i++)
        {
            var a = published.Assignments[i];
            // A roster the solver wrote lists employees in scenario order, day by day: look up only when it does not.
            int e, day;
            if (i / days < employees.Count && a.Date == index.Days[i % days] && string.Equals(employees[i / days].Id, a.Employee, StringComparison.Ordinal))
            {
                (e, day) = (i / days, i % days);
            }
            else
            {
                employeeIndex ??= EmployeeIndex(index);
                if (!employeeIndex.TryGetValue(a.Employee, out e) || !index.DayIndex.TryGetValue(a.Date, out day))
                {
                    throw Mismatch(a);
                }
            }
            if (seen[((long)e * days) + day])
            {
                throw Mismatch(a);
            }
            seen[((long)e * days) + day] = true;
            var cell = a.Mode != WorkMode.Office ? new Cell(a.Mode, a.Reason, 0)
                : a.Shifts.Count == index.ShiftCount && a.Reason is not (AssignmentReason.Minimum or AssignmentReason.Capacity) ? Cell.AllDay(a.Reason)
                : Cell.InShift(BitOperations.TrailingZeroCount(a.Shifts.Bits), a.Reason);
            grid[e, day] = cell;
            if (cell.IsPlacedOffice)
            {
                grid.OfficeDays[e]++;
            }
        }
        if (Array.IndexOf(seen, false) >= 0)
        {
            throw new ArgumentException("The published roster lacks assignments of the scenario.", nameof(published));
        }
        return grid;
    }

    private static Dictionary<string, int> EmployeeIndex(ScenarioIndex index)
    {
        var employeeIndex = new Dictionary<string, int>(index.EmployeeCount, StringComparer.Ordinal);
        for (var e = 0; e < index.EmployeeCount; e++)
        {
            employeeIndex[index.Scenario.Employees[e].Id] = e;
        }
        return employeeIndex;
    }

    private static ArgumentException Mismatch(RosterAssignment a) =>
        new($"The published roster does not match the scenario at {a.Employee} on {a.Date:yyyy-MM-dd}.");

    private static List<RosterChange> Changes(ScenarioIndex index, CellGrid before, Roster repaired)
    {
        var changes = new List<RosterChange>();
        for (var i = 0; i < repaired.Assignments.Count; i++)
        {
            var after = repaired.Assignments[i];
            var old = before[i / index.Days.Length, i % index.Days.Length];
            var wasShifts = old.Shifts(index.ShiftCount);
            if (old.Mode != after.Mode || old.Reason != after.Reason || wasShifts != after.Shifts)
            {
                changes.Add(new RosterChange(after with { Mode = old.Mode, Reason = old.Reason, Shifts = wasShifts }, after));
            }
        }
        return changes;
    }
}
