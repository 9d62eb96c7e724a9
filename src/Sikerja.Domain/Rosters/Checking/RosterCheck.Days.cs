using System.Numerics;
using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters.Checking;

/// <summary>The rules over each working day in force as a whole: minimums and the exact shortfall list, the
/// cap and the exact violation list, no one in without need, priority home, and filling to the cap.</summary>
internal sealed partial class RosterCheck
{
    private int[] counted = [];
    private int[] onSite = [];

    private string UnitAt(int unit, int d, int s) => $"unit {index.Scenario.Units[unit].Id} on {index.Days[d]:yyyy-MM-dd}, shift {index.ShiftCode(s)}";

    private string RuleName(int rule)
    {
        var r = index.Scenario.Policy.MinimumOnSite[rule];
        return $"minimum rule {rule} (per {r.Per}, count {r.Count})";
    }

    private void CheckDays()
    {
        var k = index.Shifts;
        counted = new int[index.PairRule.Length * k];
        onSite = new int[index.Scenario.Units.Count * k];
        var shortfalls = Listed(roster.Shortfalls.Select(s => (s.Unit, s.Date, s.Shift)), "shortfalls");
        var violations = Listed(roster.Violations.Select(v => (v.Unit, v.Date, v.Shift)), "violations");
        for (var d = 0; d < index.Days.Length; d++)
        {
            if (!index.InForce[d])
            {
                continue;
            }
            Count(d);
            CheckMinimums(d, shortfalls);
            CheckCap(d, violations);
            CheckPeople(d);
        }
    }

    /// <summary>Where each listed shortfall or violation points (unit, day, shift), problems for those that
    /// point nowhere (unknown unit or shift, a day that is no working day in force, the same place twice).</summary>
    private Dictionary<(int Unit, int Day, int Shift), List<int>> Listed(IEnumerable<(string Unit, DateOnly Date, string Shift)> entries, string field)
    {
        var codes = index.Scenario.Policy.Shifts.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var listed = new Dictionary<(int, int, int), List<int>>();
        var i = 0;
        foreach (var (unitId, date, code) in entries)
        {
            var where = $"{field}[{i}]";
            if (!index.UnitIndex.TryGetValue(unitId, out var unit))
            {
                problems.Add(new(where, $"no unit '{unitId}' in the scenario"));
            }
            else if (!codes.TryGetValue(code, out var shift))
            {
                problems.Add(new(where, $"no shift '{code}' in the policy"));
            }
            else if (!index.DayOf.TryGetValue(date, out var d) || !index.InForce[d])
            {
                problems.Add(new(where, $"{date:yyyy-MM-dd} is not a working day in force; nothing is declared on other days"));
            }
            else
            {
                if (!listed.TryGetValue((unit, d, shift), out var at))
                {
                    listed[(unit, d, shift)] = at = [];
                }
                at.Add(i);
            }
            i++;
        }
        return listed;
    }

    /// <summary>Everyone at the office on day <paramref name="d"/>, whatever their reason, counted per
    /// (minimum rule, unit) pair and shift, and the covered, non-exempt ones per top-level unit and shift.</summary>
    private void Count(int d)
    {
        var k = index.Shifts;
        Array.Clear(counted);
        Array.Clear(onSite);
        for (var e = 0; e < index.Employees; e++)
        {
            var cell = index.Cell(e, d);
            if (!cells.IsOffice(cell))
            {
                continue;
            }
            var pairs = index.PairsOf(e);
            var capped = index.CountsForCap(e);
            var top = index.Top[index.Unit[e]];
            for (var bits = cells.Shifts(cell).Bits; bits != 0; bits &= bits - 1)
            {
                var s = BitOperations.TrailingZeroCount(bits);
                if (s >= k)
                {
                    break;
                }
                if (capped)
                {
                    onSite[top * k + s]++;
                }
                foreach (var pair in pairs)
                {
                    counted[pair * k + s]++;
                }
            }
        }
    }

    private void CheckMinimums(int d, Dictionary<(int Unit, int Day, int Shift), List<int>> listed)
    {
        var k = index.Shifts;
        for (var pair = 0; pair < index.PairRule.Length; pair++)
        {
            var (rule, unit, required) = (index.PairRule[pair], index.PairUnit[pair], index.PairRequired[pair]);
            var fallsShort = false;
            for (var s = 0; s < k; s++)
            {
                var available = counted[pair * k + s];
                if (available >= required)
                {
                    continue;
                }
                fallsShort = true;
                var entry = listed.TryGetValue((unit, d, s), out var at) ? at.FirstOrDefault(i => roster.Shortfalls[i].Rule == rule, -1) : -1;
                if (entry < 0)
                {
                    problems.Add(new(UnitAt(unit, d, s), $"{RuleName(rule)} is not met ({available} of {required} at the office) and no shortfall is listed"));
                }
                else if (roster.Shortfalls[entry].Required != required || roster.Shortfalls[entry].Available != available)
                {
                    problems.Add(new($"shortfalls[{entry}]", $"{RuleName(rule)} in {UnitAt(unit, d, s)}: required {required} and available {available}, listed as {roster.Shortfalls[entry].Required} and {roster.Shortfalls[entry].Available}"));
                }
            }
            if (fallsShort)
            {
                foreach (var member in index.MembersOf(pair))
                {
                    if (!index.IsUnavailable(member, d) && !cells.IsOffice(index.Cell(member, d)))
                    {
                        problems.Add(new(At(member, d), $"{RuleName(rule)} falls short in unit {index.Scenario.Units[unit].Id}, yet this employee, who matches it and is available, is not at the office"));
                    }
                }
            }
        }
        foreach (var ((unit, day, s), entries) in listed)
        {
            if (day != d)
            {
                continue;
            }
            var seen = new HashSet<int>();
            foreach (var i in entries)
            {
                var rule = roster.Shortfalls[i].Rule;
                if (rule < 0 || rule >= index.Scenario.Policy.MinimumOnSite.Count)
                {
                    problems.Add(new($"shortfalls[{i}]", $"no minimum rule {rule} in the policy"));
                }
                else if (!seen.Add(rule))
                {
                    problems.Add(new($"shortfalls[{i}]", $"listed twice: {RuleName(rule)} in {UnitAt(unit, d, s)}"));
                }
                else if (!index.PairOf.TryGetValue((rule, unit), out var pair))
                {
                    problems.Add(new($"shortfalls[{i}]", $"{RuleName(rule)} does not apply in {UnitAt(unit, d, s)} (a unit of another type, or exempt), so it cannot fall short there"));
                }
                else if (counted[pair * k + s] >= index.PairRequired[pair])
                {
                    problems.Add(new($"shortfalls[{i}]", $"{RuleName(rule)} is met in {UnitAt(unit, d, s)} ({counted[pair * k + s]} at the office); no shortfall there"));
                }
            }
        }
    }

    private void CheckCap(int d, Dictionary<(int Unit, int Day, int Shift), List<int>> listed)
    {
        var k = index.Shifts;
        for (var unit = 0; unit < index.Cap.Length; unit++)
        {
            if (index.Cap[unit] is not { } cap)
            {
                continue;
            }
            for (var s = 0; s < k; s++)
            {
                var count = onSite[unit * k + s];
                var entries = listed.GetValueOrDefault((unit, d, s));
                if (count > cap && entries is null)
                {
                    problems.Add(new(UnitAt(unit, d, s), $"{count} covered employees at the office over the cap of {cap}, and no CapExceeded violation is listed"));
                }
                else if (count > cap && (roster.Violations[entries![0]].Cap != cap || roster.Violations[entries[0]].OnSite != count))
                {
                    problems.Add(new($"violations[{entries[0]}]", $"CapExceeded in {UnitAt(unit, d, s)}: cap {cap} and onSite {count}, listed as {roster.Violations[entries[0]].Cap} and {roster.Violations[entries[0]].OnSite}"));
                }
                else if (count <= cap && entries is not null)
                {
                    problems.Add(new($"violations[{entries[0]}]", $"{UnitAt(unit, d, s)} keeps its cap of {cap} ({count} at the office); no violation there"));
                }
            }
        }
        foreach (var ((unit, day, s), entries) in listed)
        {
            if (day != d)
            {
                continue;
            }
            if (index.Cap[unit] is null)
            {
                problems.Add(new($"violations[{entries[0]}]", $"no cap applies to {UnitAt(unit, d, s)} ({(index.Parent[unit] >= 0 ? "not a top-level unit" : "the policy has no cap")})"));
            }
            foreach (var i in entries.Skip(1))
            {
                problems.Add(new($"violations[{i}]", $"listed twice: CapExceeded in {UnitAt(unit, d, s)}"));
            }
        }
    }

    /// <summary>Each employee placed by the solver: at the office only where needed (Minimum staffing, over
    /// the cap, priority home), priority-home only where no one at home could take the place, and at home only
    /// where the unit is full (Capacity staffing).</summary>
    private void CheckPeople(int d)
    {
        var k = index.Shifts;
        for (var e = 0; e < index.Employees; e++)
        {
            if (index.Rule[e] != FixedRule.Solver || index.IsUnavailable(e, d))
            {
                continue;
            }
            var cell = index.Cell(e, d);
            var top = index.Top[index.Unit[e]];
            if (cells.IsOffice(cell))
            {
                foreach (var s in cells.Shifts(cell).Indexes().Where(s => s < k))
                {
                    CheckNeed(e, d, s, top);
                }
            }
            else if (cells.IsHome(cell) && staffing == Staffing.Capacity && !index.Priority[e])
            {
                CheckFilled(e, d, top);
            }
        }
    }

    private void CheckNeed(int e, int d, int s, int top)
    {
        var k = index.Shifts;
        Span<int> needing = stackalloc int[index.PairsOf(e).Length];
        var n = 0;
        foreach (var pair in index.PairsOf(e))
        {
            if (counted[pair * k + s] <= index.PairRequired[pair])
            {
                needing[n++] = pair;
            }
        }
        var shift = index.ShiftCode(s);
        if (n == 0)
        {
            if (index.Priority[e])
            {
                problems.Add(new(At(e, d), $"priority home: at the office in {shift} though no minimum rule needs this employee there"));
            }
            else if (staffing == Staffing.Minimum)
            {
                problems.Add(new(At(e, d), $"no one in without need: at the office in {shift} though every minimum rule holds without this employee"));
            }
            else if (index.Cap[top] is { } cap && onSite[top * k + s] > cap)
            {
                problems.Add(new(At(e, d), $"cap: unit {index.Scenario.Units[top].Id} is over its cap of {cap} in {shift}, and this employee, added by the solver, is needed by no minimum rule"));
            }
            return;
        }
        if (index.Priority[e] && Replacement(d, needing[..n]) is { } other)
        {
            problems.Add(new(At(e, d), $"priority home: at the office in {shift} while {Employee(other)}, not priority-home, is at home and could take the place"));
        }
    }

    /// <summary>An available, non-priority employee placed by the solver, at home on day <paramref name="d"/>, whom every
    /// pair in <paramref name="needing"/> counts; null when there is none.</summary>
    private int? Replacement(int d, ReadOnlySpan<int> needing)
    {
        foreach (var candidate in index.MembersOf(needing[0]))
        {
            if (index.Rule[candidate] == FixedRule.Solver && !index.Priority[candidate] && !index.IsUnavailable(candidate, d)
                && cells.IsHome(index.Cell(candidate, d))
                && Includes(index.PairsOf(candidate), needing))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Whether sorted <paramref name="all"/> contains every element of sorted <paramref name="some"/>.</summary>
    private static bool Includes(ReadOnlySpan<int> all, ReadOnlySpan<int> some)
    {
        var i = 0;
        foreach (var x in some)
        {
            while (i < all.Length && all[i] < x)
            {
                i++;
            }
            if (i == all.Length || all[i] != x)
            {
                return false;
            }
        }
        return true;
    }

    private void CheckFilled(int e, int d, int top)
    {
        var k = index.Shifts;
        if (index.Cap[top] is not { } cap)
        {
            problems.Add(new(At(e, d), "filled to the cap: under Capacity staffing without a cap every available employee placed by the solver is at the office, but this one is at home"));
            return;
        }
        for (var s = 0; s < k; s++)
        {
            if (onSite[top * k + s] < cap)
            {
                problems.Add(new(At(e, d), $"filled to the cap: unit {index.Scenario.Units[top].Id} has {onSite[top * k + s]} at the office in {index.ShiftCode(s)}, under its cap of {cap}, yet this employee is at home"));
                return;
            }
        }
    }
}
