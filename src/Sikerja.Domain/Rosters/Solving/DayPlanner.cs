using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters.Solving;

/// <summary>
/// Plans one top-level unit on one working day, on top of what the grid already holds: cells of rules 1–5 and, in a
/// repair, the solver's earlier choices, which are kept where they are still needed.
/// <list type="number">
/// <item>Minimums, shift by shift: deepest units first, the most useful class that still has someone at home comes
/// in (non-priority classes before priority ones) until the rule holds or no one is left; then everyone the rules
/// do not need goes home again (new choices before kept ones, priority-home employees first).</item>
/// <item>Capacity staffing: the rest of the unit fills each shift up to the cap.</item>
/// <item>Which members of a class come in is decided by <see cref="FewestOfficeDays"/>.</item>
/// </list>
/// </summary>
internal sealed class DayPlanner
{
    private readonly ScenarioIndex _index;
    private readonly PlacementClasses _classes;
    private readonly CellGrid _grid;
    private readonly int[] _onSite;
    private readonly int[] _fixedOnSite;
    private readonly int[] _atHome;
    private readonly int[] _newPicks;
    private readonly int[][] _employeesOfTop;
    private readonly int[][] _fillableOfTop;
    private readonly int?[] _capOfTop;

    public DayPlanner(ScenarioIndex index, PlacementClasses classes, CellGrid grid)
    {
        _index = index;
        _classes = classes;
        _grid = grid;
        _onSite = new int[index.PairCount * index.ShiftCount];
        _fixedOnSite = new int[index.PairCount];
        _atHome = new int[classes.All.Length];
        _newPicks = new int[classes.All.Length * index.ShiftCount];
        var unitCount = index.UnitTop.Length;
        var employeesOfTop = Enumerable.Range(0, unitCount).Select(_ => new List<int>()).ToArray();
        var fillableOfTop = Enumerable.Range(0, unitCount).Select(_ => new List<int>()).ToArray();
        var coveredOfTop = new int[unitCount];
        for (var e = 0; e < index.EmployeeCount; e++)
        {
            var top = index.EmployeeTop[e];
            employeesOfTop[top].Add(e);
            if (index.Standing[e] == EmployeeStanding.Placed && !index.PriorityHome[e])
            {
                fillableOfTop[top].Add(e);
            }
            if (index.CountsTowardCap(e))
            {
                coveredOfTop[top]++;
            }
        }
        _employeesOfTop = [.. employeesOfTop.Select(l => l.ToArray())];
        _fillableOfTop = [.. fillableOfTop.Select(l => l.ToArray())];
        _capOfTop = [.. coveredOfTop.Select(index.Policy.CapFor)];
    }

    /// <summary>Whether anything in <paramref name="top"/> is the solver's to decide.</summary>
    public bool HasWork(int top) =>
        _classes.OfTop[top].Count > 0 && (_classes.PairsOfTop[top].Count > 0 || _index.Policy.Staffing == Staffing.Capacity);

    public void Plan(int top, int day)
    {
        var kept = CountFixedAndKept(top, day);
        MeetMinimums(top, day, kept);
        BringInNewPicks(top, day);
        if (_index.Policy.Staffing == Staffing.Capacity)
        {
            FillToCap(top, day);
        }
    }

    private List<int>[] CountFixedAndKept(int top, int day)
    {
        var shifts = _index.ShiftCount;
        foreach (var pair in _classes.PairsOfTop[top])
        {
            _fixedOnSite[pair] = 0;
        }
        var kept = Enumerable.Range(0, shifts).Select(_ => new List<int>()).ToArray();
        foreach (var e in _employeesOfTop[top])
        {
            var cell = _grid[e, day];
            if (cell.Mode != WorkMode.Office)
            {
                continue;
            }
            if (cell.Shift == Cell.AllShifts)
            {
                foreach (var pair in _index.Pairs(e))
                {
                    _fixedOnSite[pair]++;
                }
            }
            else
            {
                kept[cell.Shift].Add(e);
            }
        }
        foreach (var pair in _classes.PairsOfTop[top])
        {
            for (var s = 0; s < shifts; s++)
            {
                _onSite[(pair * shifts) + s] = _fixedOnSite[pair];
            }
        }
        for (var s = 0; s < shifts; s++)
        {
            foreach (var e in kept[s])
            {
                foreach (var pair in _index.Pairs(e))
                {
                    _onSite[(pair * shifts) + s]++;
                }
            }
        }
        foreach (var c in _classes.OfTop[top])
        {
            var home = 0;
            foreach (var member in _classes.All[c].Members)
            {
                if (_grid[member, day].Mode == WorkMode.Home)
                {
                    home++;
                }
            }
            _atHome[c] = home;
        }
        return kept;
    }

    /// <summary>Picks round-robin over the shifts, so that scarce people are spread over them, then sends the
    /// unneeded home; someone sent home may be the one a shift still lacks, so picking repeats until stable.</summary>
    private void MeetMinimums(int top, int day, List<int>[] kept)
    {
        var shifts = _index.ShiftCount;
        var picks = Enumerable.Range(0, shifts).Select(_ => new List<int>()).ToArray();
        var pairs = _classes.PairsOfTop[top];
        bool released;
        do
        {
            foreach (var pair in pairs)
            {
                bool picked;
                do
                {
                    picked = false;
                    for (var s = 0; s < shifts; s++)
                    {
                        if (_onSite[(pair * shifts) + s] >= _index.PairRequired[pair])
                        {
                            continue;
                        }
                        var best = MostUsefulClassFor(pair, s);
                        if (best < 0)
                        {
                            continue;
                        }
                        picks[s].Add(best);
                        Take(best, s);
                        picked = true;
                    }
                }
                while (picked);
            }
            released = false;
            for (var s = 0; s < shifts; s++)
            {
                released |= SendHomeTheUnneeded(day, s, picks[s], kept[s]);
                released |= LetOthersReplacePriorityHome(day, s, picks[s], kept[s]);
            }
        }
        while (released);
        for (var s = 0; s < shifts; s++)
        {
            foreach (var c in picks[s])
            {
                if (c >= 0)
                {
                    _newPicks[(c * shifts) + s]++;
                }
            }
        }
    }

    private int MostUsefulClassFor(int pair, int shift)
    {
        var shifts = _index.ShiftCount;
        var best = -1;
        var bestPriority = true;
        var bestGain = 0;
        foreach (var c in _classes.OfPair[pair])
        {
            if (_atHome[c] == 0)
            {
                continue;
            }
            var candidate = _classes.All[c];
            if (best >= 0 && candidate.PriorityHome && !bestPriority)
            {
                continue;
            }
            var gain = 0;
            foreach (var counted in candidate.Pairs)
            {
                if (_onSite[(counted * shifts) + shift] < _index.PairRequired[counted])
                {
                    gain++;
                }
            }
            if (best < 0 || (bestPriority && !candidate.PriorityHome) || gain > bestGain)
            {
                best = c;
                bestPriority = candidate.PriorityHome;
                bestGain = gain;
            }
        }
        return best;
    }

    /// <summary>Irredundancy: whoever every pair they count could spare goes home, priority-home first, new
    /// choices before kept ones (kept ones only in Minimum staffing, where no one is in without need).</summary>
    private bool SendHomeTheUnneeded(int day, int shift, List<int> picks, List<int> kept)
    {
        var released = false;
        for (var pass = 0; pass < 2; pass++)
        {
            var priority = pass == 0;
            for (var i = picks.Count - 1; i >= 0; i--)
            {
                var c = picks[i];
                if (c >= 0 && _classes.All[c].PriorityHome == priority && IsSpare(_classes.All[c].Pairs, shift))
                {
                    Release(_classes.All[c].Pairs, shift);
                    _atHome[c]++;
                    picks[i] = -1;
                    released = true;
                }
            }
        }
        if (_index.Policy.Staffing != Staffing.Minimum)
        {
            return released;
        }
        for (var pass = 0; pass < 2; pass++)
        {
            var priority = pass == 0;
            for (var i = kept.Count - 1; i >= 0; i--)
            {
                var e = kept[i];
                if (_index.PriorityHome[e] == priority && IsSpare(_index.Pairs(e), shift))
                {
                    Release(_index.Pairs(e), shift);
                    _grid[e, day] = Cell.Home(_index.PriorityHome[e]);
                    _grid.OfficeDays[e]--;
                    _atHome[_classes.ClassOf[e]]++;
                    kept.RemoveAt(i);
                    released = true;
                }
            }
        }
        return released;
    }

    /// <summary>A priority-home employee stays in only where no one at home could take the place: someone
    /// not priority-home whom every pair that needs them also counts replaces them.</summary>
    private bool LetOthersReplacePriorityHome(int day, int shift, List<int> picks, List<int> kept)
    {
        var replaced = false;
        for (var i = 0; i < picks.Count; i++)
        {
            var c = picks[i];
            if (c >= 0 && _classes.All[c].PriorityHome && ReplacementFor(_classes.All[c].Pairs, shift) is { } other)
            {
                Release(_classes.All[c].Pairs, shift);
                _atHome[c]++;
                picks[i] = other;
                Take(other, shift);
                replaced = true;
            }
        }
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            var e = kept[i];
            if (_index.PriorityHome[e] && ReplacementFor(_index.Pairs(e), shift) is { } other)
            {
                Release(_index.Pairs(e), shift);
                _grid[e, day] = Cell.Home(priorityHome: true);
                _grid.OfficeDays[e]--;
                _atHome[_classes.ClassOf[e]]++;
                kept.RemoveAt(i);
                picks.Add(other);
                Take(other, shift);
                replaced = true;
            }
        }
        return replaced;
    }

    private int? ReplacementFor(int[] pairs, int shift)
    {
        var needing = pairs.Where(p => _onSite[(p * _index.ShiftCount) + shift] <= _index.PairRequired[p]).ToArray();
        if (needing.Length == 0)
        {
            return null;
        }
        foreach (var c in _classes.OfPair[needing[0]])
        {
            var candidate = _classes.All[c];
            if (!candidate.PriorityHome && _atHome[c] > 0 && needing.All(p => Array.BinarySearch(candidate.Pairs, p) >= 0))
            {
                return c;
            }
        }
        return null;
    }

    private void Take(int c, int shift)
    {
        _atHome[c]--;
        foreach (var pair in _classes.All[c].Pairs)
        {
            _onSite[(pair * _index.ShiftCount) + shift]++;
        }
    }

    private bool IsSpare(int[] pairs, int shift)
    {
        foreach (var pair in pairs)
        {
            if (_onSite[(pair * _index.ShiftCount) + shift] <= _index.PairRequired[pair])
            {
                return false;
            }
        }
        return true;
    }

    private void Release(int[] pairs, int shift)
    {
        foreach (var pair in pairs)
        {
            _onSite[(pair * _index.ShiftCount) + shift]--;
        }
    }

    private void BringInNewPicks(int top, int day)
    {
        var shifts = _index.ShiftCount;
        foreach (var c in _classes.OfTop[top])
        {
            var total = 0;
            for (var s = 0; s < shifts; s++)
            {
                total += _newPicks[(c * shifts) + s];
            }
            if (total == 0)
            {
                continue;
            }
            var home = new List<int>();
            foreach (var member in _classes.All[c].Members)
            {
                if (_grid[member, day].Mode == WorkMode.Home)
                {
                    home.Add(member);
                }
            }
            var chosen = FewestOfficeDays.Take(home, total, _grid.OfficeDays);
            var next = 0;
            for (var s = 0; s < shifts; s++)
            {
                for (var n = _newPicks[(c * shifts) + s]; n > 0; n--)
                {
                    var member = chosen[next++];
                    _grid[member, day] = Cell.InShift(s, AssignmentReason.Minimum);
                    _grid.OfficeDays[member]++;
                }
                _newPicks[(c * shifts) + s] = 0;
            }
        }
    }

    private void FillToCap(int top, int day)
    {
        var shifts = _index.ShiftCount;
        var room = new long[shifts];
        var cap = _capOfTop[top];
        Array.Fill(room, cap ?? int.MaxValue);
        foreach (var e in _employeesOfTop[top])
        {
            var cell = _grid[e, day];
            if (cell.Mode == WorkMode.Office && _index.CountsTowardCap(e))
            {
                for (var s = 0; s < shifts; s++)
                {
                    if (cell.IsOfficeIn(s))
                    {
                        room[s]--;
                    }
                }
            }
        }
        var free = room.Sum(r => Math.Max(0, r));
        if (free == 0)
        {
            return;
        }
        var home = new List<int>();
        foreach (var e in _fillableOfTop[top])
        {
            if (_grid[e, day].Mode == WorkMode.Home)
            {
                home.Add(e);
            }
        }
        foreach (var member in FewestOfficeDays.Take(home, (int)Math.Min(free, home.Count), _grid.OfficeDays))
        {
            var shift = 0;
            for (var s = 1; s < shifts; s++)
            {
                if (room[s] > room[shift])
                {
                    shift = s;
                }
            }
            room[shift]--;
            _grid[member, day] = Cell.InShift(shift, AssignmentReason.Capacity);
            _grid.OfficeDays[member]++;
        }
    }
}
