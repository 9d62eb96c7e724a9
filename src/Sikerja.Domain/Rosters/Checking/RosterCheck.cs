using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters.Checking;

/// <summary>
/// One check of a roster against its scenario: first every assignment in its cell (exactly one per employee
/// and working day), then rules 1–6 cell by cell, then each day in force as a whole (minimums, shortfalls,
/// cap, need, priority home, filling to the cap), then fairness and the summary.
/// </summary>
internal sealed partial class RosterCheck
{
    private readonly ScenarioFacts index;
    private readonly Roster roster;
    private readonly RosterCells cells;
    private readonly List<Problem> problems = [];
    private readonly Staffing staffing;

    public RosterCheck(ScenarioFacts index, Roster roster)
    {
        this.index = index;
        this.roster = roster;
        cells = new RosterCells(index.Employees, index.Days.Length);
        staffing = index.Scenario.Policy.Staffing;
    }

    public List<Problem> Run()
    {
        if (roster.Policy != index.Scenario.Policy.Number)
        {
            problems.Add(new("policy", $"the roster is of policy '{roster.Policy}', the scenario's policy is '{index.Scenario.Policy.Number}'"));
        }
        Place();
        for (var e = 0; e < index.Employees; e++)
        {
            for (var d = 0; d < index.Days.Length; d++)
            {
                CheckCell(e, d);
            }
        }
        CheckDays();
        CheckFairness();
        CheckSummary();
        return problems;
    }

    private string Employee(int e) => index.Scenario.Employees[e].Id;

    private string At(int e, int d) => $"employee {Employee(e)} on {index.Days[d]:yyyy-MM-dd}";

    private string ShiftNames(ShiftSet set) => set.Count == 0 ? "no shift" : string.Join(", ", set.Indexes().Select(s => s < index.Shifts ? index.ShiftCode(s) : $"#{s}"));

    /// <summary>Puts each assignment in its cell: unknown employees, days that are not working days of the
    /// period and second assignments of a cell are problems.</summary>
    private void Place()
    {
        var byReference = new Dictionary<string, int>(index.Employees, ReferenceEqualityComparer.Instance);
        for (var e = 0; e < index.Employees; e++)
        {
            byReference.TryAdd(index.Scenario.Employees[e].Id, e);
        }
        var from = index.Scenario.Period.From.DayNumber;
        var dayAt = new int[index.Scenario.Period.To.DayNumber - from + 1];
        Array.Fill(dayAt, -1);
        for (var d = 0; d < index.Days.Length; d++)
        {
            dayAt[index.Days[d].DayNumber - from] = d;
        }
        string? lastId = null;
        var last = -1;
        for (var i = 0; i < roster.Assignments.Count; i++)
        {
            var a = roster.Assignments[i];
            if (!ReferenceEquals(a.Employee, lastId))
            {
                lastId = a.Employee;
                last = byReference.TryGetValue(a.Employee, out var found) || index.EmployeeIndex.TryGetValue(a.Employee, out found) ? found : -1;
            }
            if (last < 0)
            {
                problems.Add(new($"assignments[{i}]", $"no employee '{a.Employee}' in the scenario"));
                continue;
            }
            var offset = a.Date.DayNumber - from;
            var d = offset >= 0 && offset < dayAt.Length ? dayAt[offset] : -1;
            if (d < 0)
            {
                problems.Add(new($"assignments[{i}]", $"{a.Date:yyyy-MM-dd} is not a working day of the period; an employee has assignments on working days only"));
                continue;
            }
            var cell = index.Cell(last, d);
            if (cells.Has(cell))
            {
                problems.Add(new($"assignments[{i}]", $"a second assignment of {Employee(last)} on {a.Date:yyyy-MM-dd}; exactly one per employee and working day"));
                continue;
            }
            cells.Set(cell, a.Mode, a.Reason, a.Shifts);
        }
    }

    /// <summary>Rules 1–6 for one employee and working day.</summary>
    private void CheckCell(int e, int d)
    {
        var cell = index.Cell(e, d);
        if (!cells.Has(cell))
        {
            problems.Add(new(At(e, d), "no assignment; exactly one per employee and working day"));
            return;
        }
        var (mode, reason, shifts) = (cells.Mode(cell), cells.Reason(cell), cells.Shifts(cell));
        var all = ShiftSet.All(index.Shifts);
        if (index.IsUnavailable(e, d))
        {
            Expect(e, d, "rule 1 (unavailable that day)", WorkMode.Off, ShiftSet.None, AssignmentReason.Unavailable);
        }
        else if (!index.InForce[d])
        {
            Expect(e, d, "rule 2 (outside the policy's effective dates)", WorkMode.Office, all, AssignmentReason.NoPolicy);
        }
        else if (index.Rule[e] == FixedRule.OutOfScope)
        {
            Expect(e, d, $"rule 3 (employment {index.Scenario.Employees[e].Employment} not in appliesTo)", WorkMode.Office, all, AssignmentReason.OutOfScope);
        }
        else if (index.Rule[e] == FixedRule.ExemptUnit)
        {
            Expect(e, d, "rule 4 (unit in an exempt subtree)", WorkMode.Office, all, AssignmentReason.ExemptUnit);
        }
        else if (index.Rule[e] == FixedRule.AlwaysOnSite)
        {
            Expect(e, d, "rule 5 (matches an alwaysOnSite selector)", WorkMode.Office, all, AssignmentReason.AlwaysOnSite);
        }
        else if (mode == WorkMode.Office)
        {
            if (shifts.Count != 1 || shifts.Indexes().Any(s => s >= index.Shifts))
            {
                problems.Add(new(At(e, d), $"rule 6: an employee placed by the solver is at the office in exactly one shift, found {ShiftNames(shifts)}"));
            }
            if (reason is not (AssignmentReason.Minimum or AssignmentReason.Capacity))
            {
                problems.Add(new(At(e, d), $"rule 6: an office day placed by the solver has reason Minimum or Capacity, found {reason}"));
            }
            else if (reason == AssignmentReason.Capacity && staffing == Staffing.Minimum)
            {
                problems.Add(new(At(e, d), "reason Capacity does not occur under Minimum staffing"));
            }
            else if (reason == AssignmentReason.Minimum && index.PairsOf(e).IsEmpty)
            {
                problems.Add(new(At(e, d), "reason Minimum, but no minimum rule counts this employee"));
            }
        }
        else if (mode == WorkMode.Home)
        {
            var expected = index.Priority[e] ? AssignmentReason.PriorityHome : AssignmentReason.Home;
            if (reason != expected)
            {
                problems.Add(new(At(e, d), $"rule 6: a{(index.Priority[e] ? " priority-home" : "n")} employee at home has reason {expected}, found {reason}"));
            }
            if (shifts.Count > 0)
            {
                problems.Add(new(At(e, d), $"only an Office assignment has shifts, found {ShiftNames(shifts)}"));
            }
        }
        else
        {
            problems.Add(new(At(e, d), $"rule 6: the employee is available, so at the office or at home, found Off ({reason})"));
        }
    }

    private void Expect(int e, int d, string rule, WorkMode mode, ShiftSet shifts, AssignmentReason reason)
    {
        var cell = index.Cell(e, d);
        var (foundMode, foundShifts, foundReason) = (cells.Mode(cell), cells.Shifts(cell), cells.Reason(cell));
        if (foundMode != mode || foundShifts != shifts || foundReason != reason)
        {
            problems.Add(new(At(e, d), $"{rule}: expected {Describe(mode, shifts, reason)}, found {Describe(foundMode, foundShifts, foundReason)}"));
        }
    }

    private string Describe(WorkMode mode, ShiftSet shifts, AssignmentReason reason) =>
        mode == WorkMode.Office ? $"Office in {ShiftNames(shifts)} with reason {reason}"
        : shifts.Count > 0 ? $"{mode} in {ShiftNames(shifts)} with reason {reason}"
        : $"{mode} with reason {reason}";

    /// <summary>The summary counts what the roster lists, each assignment as it is written.</summary>
    private void CheckSummary()
    {
        int office = 0, home = 0;
        foreach (var a in roster.Assignments)
        {
            office += a.Mode == WorkMode.Office ? 1 : 0;
            home += a.Mode == WorkMode.Home ? 1 : 0;
        }
        var s = roster.Summary;
        Compare("summary.employees", s.Employees, index.Employees, "employees in the scenario");
        Compare("summary.workingDays", s.WorkingDays, index.Days.Length, "working days in the period");
        Compare("summary.officeAssignments", s.OfficeAssignments, office, "Office assignments in the roster");
        Compare("summary.homeAssignments", s.HomeAssignments, home, "Home assignments in the roster");
    }

    private void Compare(string where, int stated, int actual, string what)
    {
        if (stated != actual)
        {
            problems.Add(new(where, $"says {stated}, but there are {actual} {what}"));
        }
    }
}
