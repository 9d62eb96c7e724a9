using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters.Editing;

/// <summary>
/// A scenario and a roster of it, indexed for questions about single days: where each rule puts an employee, which
/// (minimum rule, unit) pairs count them, how many are at the office per pair, agency and shift.
/// </summary>
internal sealed class RosterIndex
{
    private readonly Dictionary<string, ScenarioUnit> _units;
    private readonly Dictionary<string, bool> _exempt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _top = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Rule, string Unit)[]> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<DateOnly>> _unavailable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _capOfTop = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, Dictionary<string, RosterAssignment>> _days = [];

    public RosterIndex(Scenario scenario, IEnumerable<RosterAssignment> assignments)
    {
        Scenario = scenario;
        Policy = scenario.Policy;
        Shifts = Policy.Shifts.Count == 0 ? [Shift.FullDay] : Policy.Shifts;
        _units = scenario.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        Employees = scenario.Employees.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var unit in scenario.Units)
        {
            _exempt[unit.Id] = Chain(unit.Id).Any(u => Policy.ExemptUnits.Contains(u.Id) || Policy.ExemptUnitTypes.Contains(u.Type));
            _top[unit.Id] = Chain(unit.Id).Last().Id;
        }
        var covered = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in scenario.Employees)
        {
            _unavailable[e.Id] = [.. e.Unavailable];
            _pairs[e.Id] = [.. CountingPairs(e)];
            if (Covered(e))
            {
                covered[_top[e.Unit]] = covered.GetValueOrDefault(_top[e.Unit]) + 1;
            }
        }
        foreach (var top in _top.Values.Distinct())
        {
            _capOfTop[top] = Policy.CapFor(covered.GetValueOrDefault(top));
        }
        foreach (var a in assignments)
        {
            if (!_days.TryGetValue(a.Date, out var day))
            {
                _days[a.Date] = day = new Dictionary<string, RosterAssignment>(StringComparer.Ordinal);
            }
            day[a.Employee] = a;
        }
        WorkingDays = [.. scenario.WorkingDays().Where(Policy.IsInForceOn)];
    }

    public Scenario Scenario { get; }

    public PolicyRules Policy { get; }

    public IReadOnlyList<Shift> Shifts { get; }

    public IReadOnlyDictionary<string, ScenarioEmployee> Employees { get; }

    /// <summary>The working days inside the policy's effective dates: the days rules are declared on.</summary>
    public IReadOnlyList<DateOnly> WorkingDays { get; }

    public IEnumerable<ScenarioUnit> Units => _units.Values;

    public bool IsExempt(string unit) => _exempt[unit];

    public string TopOf(string unit) => _top[unit];

    public int? CapOf(string top) => _capOfTop.GetValueOrDefault(top);

    public IReadOnlyList<(int Rule, string Unit)> PairsOf(string employee) => _pairs[employee];

    public bool IsUnavailable(string employee, DateOnly date) => _unavailable[employee].Contains(date);

    /// <summary>Covered by the policy and not in an exempt subtree: counted toward the cap.</summary>
    public bool Covered(ScenarioEmployee e) => Policy.AppliesTo.Contains(e.Employment) && !_exempt[e.Unit];

    /// <summary>The reason rules 1–5 give on <paramref name="date"/>; null where the roster chooses (rule 6).</summary>
    public AssignmentReason? FixedReason(ScenarioEmployee e, DateOnly date) =>
        IsUnavailable(e.Id, date) ? AssignmentReason.Unavailable
        : !Policy.IsInForceOn(date) ? AssignmentReason.NoPolicy
        : !Policy.AppliesTo.Contains(e.Employment) ? AssignmentReason.OutOfScope
        : _exempt[e.Unit] ? AssignmentReason.ExemptUnit
        : Policy.AlwaysOnSite.Any(s => Matches(s, e)) ? AssignmentReason.AlwaysOnSite
        : null;

    public IReadOnlyDictionary<string, RosterAssignment> Day(DateOnly date) =>
        _days.TryGetValue(date, out var day) ? day : new Dictionary<string, RosterAssignment>();

    /// <summary>How many counted by (rule, unit) are at the office in <paramref name="shift"/> on a day.</summary>
    public int Count(IReadOnlyDictionary<string, RosterAssignment> day, int rule, string unit, int shift) =>
        day.Values.Count(a => a.Mode == WorkMode.Office && a.Shifts.Contains(shift) && _pairs[a.Employee].Contains((rule, unit)));

    /// <summary>How many covered employees of a top-level unit are at the office in <paramref name="shift"/> on a day.</summary>
    public int OnSite(IReadOnlyDictionary<string, RosterAssignment> day, string top, int shift) =>
        day.Values.Count(a => a.Mode == WorkMode.Office && a.Shifts.Contains(shift)
            && Employees[a.Employee] is var e && _top[e.Unit] == top && Covered(e));

    public bool Matches(Selector selector, ScenarioEmployee e) =>
        selector.Matches(e.Level, e.Title, e.HeadOf is { } h && _units.TryGetValue(h, out var headed) ? headed.Type : null, e.Employment);

    private IEnumerable<(int Rule, string Unit)> CountingPairs(ScenarioEmployee e)
    {
        for (var r = 0; r < Policy.MinimumOnSite.Count; r++)
        {
            var rule = Policy.MinimumOnSite[r];
            if (!Matches(rule.Select, e))
            {
                continue;
            }
            foreach (var unit in Chain(e.Unit))
            {
                if (unit.Type == rule.Per && !_exempt[unit.Id])
                {
                    yield return (r, unit.Id);
                }
            }
        }
    }

    /// <summary>The unit and its ancestors, nearest first.</summary>
    private IEnumerable<ScenarioUnit> Chain(string unit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? id = unit; id is not null && seen.Add(id) && _units.TryGetValue(id, out var u); id = u.Parent)
        {
            yield return u;
        }
    }
}
