namespace Sikerja.Domain.Rosters.Solving;

/// <summary>Turns a finished grid into the roster of the spec: assignments employee by employee, findings, summary.</summary>
internal static class RosterAssembly
{
    public static Roster Build(ScenarioIndex index, CellGrid grid)
    {
        var employees = index.Scenario.Employees;
        var assignments = new RosterAssignment[(long)index.EmployeeCount * index.Days.Length];
        var office = 0;
        var home = 0;
        var next = 0;
        for (var e = 0; e < index.EmployeeCount; e++)
        {
            var id = employees[e].Id;
            for (var day = 0; day < index.Days.Length; day++)
            {
                var cell = grid[e, day];
                office += cell.Mode == WorkMode.Office ? 1 : 0;
                home += cell.Mode == WorkMode.Home ? 1 : 0;
                assignments[next++] = new RosterAssignment(id, index.Days[day], cell.Mode, cell.Shifts(index.ShiftCount), cell.Reason);
            }
        }
        var (shortfalls, violations) = RosterFindings.Of(index, grid);
        return new Roster(index.Policy.Number, assignments, shortfalls, violations,
            new RosterSummary(index.EmployeeCount, index.Days.Length, office, home));
    }
}
