using Sikerja.Domain.Organisation;

namespace Sikerja.Domain.Rosters.Checking;

/// <summary>
/// A valid scenario as arrays, for checking a roster of a million employees: each unit's parent, top-level
/// unit and exemption; each employee's unit, the rule (1–6) that fixes their days, and the (minimum rule,
/// unit) pairs that count them; each pair's members; each top-level unit's cap.
/// </summary>
internal sealed class ScenarioFacts
{
    /// <summary>One bit per employee and working day: unavailable (rule 1).</summary>
    private readonly ulong[] unavailable;

    public ScenarioFacts(Scenario scenario)
    {
        Scenario = scenario;
        var policy = scenario.Policy;
        Shifts = policy.Shifts.Count;
        Days = [.. scenario.WorkingDays()];
        InForce = [.. Days.Select(policy.IsInForceOn)];

        var units = scenario.Units;
        UnitIndex = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            UnitIndex.TryAdd(units[i].Id, i);
        }
        Parent = [.. units.Select(u => u.Parent is { } p ? UnitIndex[p] : -1)];
        Top = new int[units.Count];
        UnitExempt = new bool[units.Count];
        var exemptIds = policy.ExemptUnits.ToHashSet(StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            var top = u;
            var exempt = false;
            for (var a = u; a >= 0; a = Parent[a])
            {
                top = a;
                exempt |= policy.ExemptUnitTypes.Contains(units[a].Type) || exemptIds.Contains(units[a].Id);
            }
            Top[u] = top;
            UnitExempt[u] = exempt;
        }

        var employees = scenario.Employees;
        var count = employees.Count;
        EmployeeIndex = new Dictionary<string, int>(count, StringComparer.Ordinal);
        Unit = new int[count];
        Rule = new FixedRule[count];
        Priority = new bool[count];
        Covered = new bool[count];
        HasUnavailableDay = new bool[count];
        // Every non-exempt unit of a rule's type is held to it, whether or not anyone there matches.
        var pairOf = new Dictionary<(int Rule, int Unit), int>();
        for (var r = 0; r < policy.MinimumOnSite.Count; r++)
        {
            for (var u = 0; u < units.Count; u++)
            {
                if (units[u].Type == policy.MinimumOnSite[r].Per && !UnitExempt[u])
                {
                    pairOf.Add((r, u), pairOf.Count);
                }
            }
        }
        var pairLists = new List<int>[count];
        for (var e = 0; e < count; e++)
        {
            var employee = employees[e];
            EmployeeIndex.TryAdd(employee.Id, e);
            var unit = UnitIndex[employee.Unit];
            Unit[e] = unit;
            Priority[e] = employee.PriorityHome;
            Covered[e] = policy.AppliesTo.Contains(employee.Employment);
            OrgUnitType? headOfType = employee.HeadOf is { } head ? units[UnitIndex[head]].Type : null;
            Rule[e] = !Covered[e] ? FixedRule.OutOfScope
                : UnitExempt[unit] ? FixedRule.ExemptUnit
                : policy.AlwaysOnSite.Any(s => s.Matches(employee.Level, employee.Title, headOfType, employee.Employment)) ? FixedRule.AlwaysOnSite
                : FixedRule.Solver;
            var pairs = new List<int>();
            for (var r = 0; r < policy.MinimumOnSite.Count; r++)
            {
                var rule = policy.MinimumOnSite[r];
                if (!rule.Select.Matches(employee.Level, employee.Title, headOfType, employee.Employment))
                {
                    continue;
                }
                for (var a = unit; a >= 0; a = Parent[a])
                {
                    if (pairOf.TryGetValue((r, a), out var pair))
                    {
                        pairs.Add(pair);
                    }
                }
            }
            pairs.Sort();
            pairLists[e] = pairs;
        }
        PairOf = pairOf;
        PairRule = new int[pairOf.Count];
        PairUnit = new int[pairOf.Count];
        PairRequired = new int[pairOf.Count];
        foreach (var ((r, u), pair) in pairOf)
        {
            PairRule[pair] = r;
            PairUnit[pair] = u;
            PairRequired[pair] = policy.MinimumOnSite[r].Count;
        }
        (PairStart, Pairs) = Compressed(pairLists);
        (MemberStart, Members) = Inverse(pairOf.Count);

        unavailable = new ulong[((long)count * Days.Length + 63) / 64];
        var dayOf = new Dictionary<DateOnly, int>();
        for (var d = 0; d < Days.Length; d++)
        {
            dayOf[Days[d]] = d;
        }
        DayOf = dayOf;
        for (var e = 0; e < count; e++)
        {
            foreach (var date in employees[e].Unavailable)
            {
                if (dayOf.TryGetValue(date, out var d))
                {
                    var cell = Cell(e, d);
                    unavailable[cell >> 6] |= 1UL << (int)(cell & 63);
                    HasUnavailableDay[e] = true;
                }
            }
        }

        Cap = new int?[units.Count];
        var covered = new int[units.Count];
        for (var e = 0; e < count; e++)
        {
            if (CountsForCap(e))
            {
                covered[Top[Unit[e]]]++;
            }
        }
        for (var u = 0; u < units.Count; u++)
        {
            Cap[u] = Parent[u] < 0 ? policy.CapFor(covered[u]) : null;
        }
    }

    public Scenario Scenario { get; }
    public int Shifts { get; }
    public DateOnly[] Days { get; }
    public bool[] InForce { get; }
    public IReadOnlyDictionary<DateOnly, int> DayOf { get; }
    public Dictionary<string, int> UnitIndex { get; }
    public int[] Parent { get; }
    public int[] Top { get; }
    public bool[] UnitExempt { get; }

    /// <summary>The cap of each top-level unit; null for other units and without a cap.</summary>
    public int?[] Cap { get; }

    public Dictionary<string, int> EmployeeIndex { get; }
    public int[] Unit { get; }
    public FixedRule[] Rule { get; }
    public bool[] Priority { get; }
    public bool[] Covered { get; }
    /// <summary>Whether an employee is unavailable on some working day of the period.</summary>
    public bool[] HasUnavailableDay { get; }

    /// <summary>The pair of a minimum rule (by index) and each non-exempt unit of its type.</summary>
    public Dictionary<(int Rule, int Unit), int> PairOf { get; }

    public int[] PairRule { get; }
    public int[] PairUnit { get; }
    public int[] PairRequired { get; }
    public int[] PairStart { get; }
    public int[] Pairs { get; }
    public int[] MemberStart { get; }
    public int[] Members { get; }

    public int Employees => Unit.Length;

    public long Cell(int employee, int day) => (long)employee * Days.Length + day;

    public bool IsUnavailable(int employee, int day)
    {
        var cell = Cell(employee, day);
        return (unavailable[cell >> 6] & (1UL << (int)(cell & 63))) != 0;
    }

    /// <summary>Covered and not in an exempt subtree: counted against the cap.</summary>
    public bool CountsForCap(int employee) => Covered[employee] && !UnitExempt[Unit[employee]];

    /// <summary>The pairs (minimum rule, unit) that count an employee, in ascending order.</summary>
    public ReadOnlySpan<int> PairsOf(int employee) => Pairs.AsSpan(PairStart[employee], PairStart[employee + 1] - PairStart[employee]);

    /// <summary>The employees that a pair counts.</summary>
    public ReadOnlySpan<int> MembersOf(int pair) => Members.AsSpan(MemberStart[pair], MemberStart[pair + 1] - MemberStart[pair]);

    public string ShiftCode(int shift) => Scenario.Policy.Shifts[shift].Code;

    private static (int[] Start, int[] Items) Compressed(List<int>[] lists)
    {
        var start = new int[lists.Length + 1];
        for (var i = 0; i < lists.Length; i++)
        {
            start[i + 1] = start[i] + lists[i].Count;
        }
        var items = new int[start[^1]];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i].CopyTo(items, start[i]);
        }
        return (start, items);
    }

    private (int[] Start, int[] Items) Inverse(int pairCount)
    {
        var start = new int[pairCount + 1];
        foreach (var pair in Pairs)
        {
            start[pair + 1]++;
        }
        for (var p = 0; p < pairCount; p++)
        {
            start[p + 1] += start[p];
        }
        var fill = start[..^1].ToArray();
        var items = new int[Pairs.Length];
        for (var e = 0; e < Unit.Length; e++)
        {
            foreach (var pair in PairsOf(e))
            {
                items[fill[pair]++] = e;
            }
        }
        return (start, items);
    }
}

/// <summary>Which of the spec's rules 3–6 decides an employee's in-force, available days.</summary>
internal enum FixedRule
{
    OutOfScope,
    ExemptUnit,
    AlwaysOnSite,
    Solver,
}
