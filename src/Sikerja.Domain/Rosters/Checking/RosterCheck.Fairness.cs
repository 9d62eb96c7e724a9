namespace Sikerja.Domain.Rosters.Checking;

/// <summary>Fairness: interchangeable employees' numbers of office days differ by at most one.</summary>
internal sealed partial class RosterCheck
{
    /// <summary>Interchangeable: both placed by the solver (rule 6), in the same top-level unit, neither
    /// priority-home nor unavailable on any working day, and counted by exactly the same (minimum rule, unit)
    /// pairs. Each group whose office days spread by more than one is one problem naming the extremes.</summary>
    private void CheckFairness()
    {
        var groups = new Dictionary<string, (int Min, int MinDays, int Max, int MaxDays)>(StringComparer.Ordinal);
        for (var e = 0; e < index.Employees; e++)
        {
            if (index.Rule[e] != FixedRule.Solver || index.Priority[e] || index.HasUnavailableDay[e])
            {
                continue;
            }
            var days = 0;
            for (var d = 0; d < index.Days.Length; d++)
            {
                days += cells.IsOffice(index.Cell(e, d)) ? 1 : 0;
            }
            var key = $"{index.Top[index.Unit[e]]}|{string.Join(',', index.PairsOf(e).ToArray())}";
            if (!groups.TryGetValue(key, out var g))
            {
                groups[key] = (e, days, e, days);
            }
            else
            {
                groups[key] = (days < g.MinDays ? e : g.Min, Math.Min(days, g.MinDays), days > g.MaxDays ? e : g.Max, Math.Max(days, g.MaxDays));
            }
        }
        foreach (var (_, g) in groups.OrderBy(x => x.Value.Min))
        {
            if (g.MaxDays - g.MinDays > 1)
            {
                var top = index.Scenario.Units[index.Top[index.Unit[g.Max]]].Id;
                problems.Add(new($"employee {Employee(g.Max)}", $"fairness: {g.MaxDays} office days, but {Employee(g.Min)}, interchangeable (same top-level unit {top}, counted by the same minimum rules, both placed by the solver), has {g.MinDays}; they differ by at most one"));
            }
        }
    }
}
