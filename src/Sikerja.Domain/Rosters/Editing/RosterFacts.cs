namespace Sikerja.Domain.Rosters.Editing;

/// <summary>
/// The shortfalls and cap violations a roster has on one day, counted from its assignments as roster-scenario.md
/// defines them: after an edit, the lists of the edited day are counted again.
/// </summary>
public static class RosterFacts
{
    public static (IReadOnlyList<Shortfall> Shortfalls, IReadOnlyList<CapViolation> Violations) OnDay(
        Scenario scenario, IEnumerable<RosterAssignment> roster, DateOnly date)
    {
        var index = new RosterIndex(scenario, roster);
        if (!index.Policy.IsInForceOn(date))
        {
            return ([], []);
        }
        var day = index.Day(date);
        var shifts = index.Shifts.Count;
        var counts = new Dictionary<(int Rule, string Unit, int Shift), int>();
        var onSite = new Dictionary<(string Top, int Shift), int>();
        foreach (var a in day.Values.Where(a => a.Mode == WorkMode.Office))
        {
            var e = index.Employees[a.Employee];
            var covered = index.Covered(e);
            for (var s = 0; s < shifts; s++)
            {
                if (!a.Shifts.Contains(s))
                {
                    continue;
                }
                foreach (var (rule, unit) in index.PairsOf(e.Id))
                {
                    counts[(rule, unit, s)] = counts.GetValueOrDefault((rule, unit, s)) + 1;
                }
                if (covered)
                {
                    onSite[(index.TopOf(e.Unit), s)] = onSite.GetValueOrDefault((index.TopOf(e.Unit), s)) + 1;
                }
            }
        }
        var shortfalls = new List<Shortfall>();
        for (var r = 0; r < index.Policy.MinimumOnSite.Count; r++)
        {
            var rule = index.Policy.MinimumOnSite[r];
            foreach (var unit in index.Units.Where(u => u.Type == rule.Per && !index.IsExempt(u.Id)))
            {
                for (var s = 0; s < shifts; s++)
                {
                    var count = counts.GetValueOrDefault((r, unit.Id, s));
                    if (count < rule.Count)
                    {
                        shortfalls.Add(new Shortfall(r, unit.Id, date, index.Shifts[s].Code, rule.Count, count));
                    }
                }
            }
        }
        var violations = new List<CapViolation>();
        foreach (var top in index.Units.Where(u => u.Parent is null))
        {
            for (var s = 0; s < shifts; s++)
            {
                var count = onSite.GetValueOrDefault((top.Id, s));
                if (index.CapOf(top.Id) is { } cap && count > cap)
                {
                    violations.Add(new CapViolation(top.Id, date, index.Shifts[s].Code, cap, count));
                }
            }
        }
        return (shortfalls, violations);
    }
}
