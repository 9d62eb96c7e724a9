using Sikerja.Domain.Organisation;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.RosterBenchmarks;

/// <summary>
/// What roster-scenario.md fixes before any choice is made, worked out once from a scenario: the working days,
/// which employee rules 1–5 place on which day, the (minimum rule, unit) pairs and whom each counts, the caps
/// of the top-level units and the groups of interchangeable employees. The plain preprocessing any model of
/// the scenario needs; employees, units and days are addressed by their index in the scenario.
/// </summary>
internal sealed class ScenarioFacts
{
    private readonly bool[] _unavailable;

    private ScenarioFacts(Scenario scenario)
    {
        Scenario = scenario;
        Days = scenario.WorkingDays();
        InForce = Days.Select(scenario.Policy.IsInForceOn).ToArray();
        Shifts = scenario.Policy.Shifts.Count > 0 ? scenario.Policy.Shifts : [Shift.FullDay];
        var units = scenario.Units;
        var unitIndex = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            unitIndex[units[u].Id] = u;
        }
        UnitIndex = unitIndex;
        var parent = units.Select(u => u.Parent is { } p ? unitIndex[p] : -1).ToArray();
        var exemptUnits = scenario.Policy.ExemptUnits.ToHashSet(StringComparer.Ordinal);
        UnitTop = new int[units.Count];
        UnitExempt = new bool[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            var top = u;
            var exempt = false;
            for (var a = u; a >= 0; a = parent[a])
            {
                top = a;
                exempt |= exemptUnits.Contains(units[a].Id) || scenario.Policy.ExemptUnitTypes.Contains(units[a].Type);
            }
            UnitTop[u] = top;
            UnitExempt[u] = exempt;
        }

        var employees = scenario.Employees;
        EmployeeUnit = employees.Select(e => unitIndex[e.Unit]).ToArray();
        Standing = new AssignmentReason?[employees.Count];
        _unavailable = new bool[employees.Count * Days.Count];
        var dayIndex = Enumerable.Range(0, Days.Count).ToDictionary(d => Days[d]);
        var slots = new Dictionary<(int Rule, int Unit), List<int>>();
        var slotsOf = new List<(int Rule, int Unit)>[employees.Count];
        for (var e = 0; e < employees.Count; e++)
        {
            var employee = employees[e];
            var unit = EmployeeUnit[e];
            OrgUnitType? headOfType = employee.HeadOf is { } head && unitIndex.TryGetValue(head, out var h) ? units[h].Type : null;
            Standing[e] = !scenario.Policy.AppliesTo.Contains(employee.Employment) ? AssignmentReason.OutOfScope
                : UnitExempt[unit] ? AssignmentReason.ExemptUnit
                : scenario.Policy.AlwaysOnSite.Any(s => s.Matches(employee.Level, employee.Title, headOfType, employee.Employment)) ? AssignmentReason.AlwaysOnSite
                : null;
            foreach (var date in employee.Unavailable)
            {
                if (dayIndex.TryGetValue(date, out var d))
                {
                    _unavailable[e * Days.Count + d] = true;
                }
            }
            slotsOf[e] = [];
            for (var a = unit; a >= 0; a = parent[a])
            {
                if (UnitExempt[a])
                {
                    continue;
                }
                for (var r = 0; r < scenario.Policy.MinimumOnSite.Count; r++)
                {
                    var rule = scenario.Policy.MinimumOnSite[r];
                    if (rule.Per == units[a].Type && rule.Select.Matches(employee.Level, employee.Title, headOfType, employee.Employment))
                    {
                        if (!slots.TryGetValue((r, a), out var members))
                        {
                            slots[(r, a)] = members = [];
                        }
                        members.Add(e);
                        slotsOf[e].Add((r, a));
                    }
                }
            }
        }
        Slots = AllSlots(scenario, units, slots);
        Caps = TopLevelCaps(scenario);
        Interchangeable = InterchangeableGroups(slotsOf);
        CountedByMinimum = slotsOf.Select(s => s.Count > 0).ToArray();
    }

    public Scenario Scenario { get; }

    public IReadOnlyList<DateOnly> Days { get; }

    /// <summary>Per working day: inside the policy's effective dates.</summary>
    public bool[] InForce { get; }

    public IReadOnlyList<Shift> Shifts { get; }

    public IReadOnlyDictionary<string, int> UnitIndex { get; }

    /// <summary>Per unit: the top-level unit (Perangkat Daerah) it belongs to.</summary>
    public int[] UnitTop { get; }

    /// <summary>Per unit: inside an exempt subtree.</summary>
    public bool[] UnitExempt { get; }

    public int[] EmployeeUnit { get; }

    /// <summary>Per employee: the reason rules 3–5 give on every day the policy is in force, or null when the
    /// solver places them (rule 6).</summary>
    public AssignmentReason?[] Standing { get; }

    /// <summary>Every non-exempt unit of every minimum rule's type, with the employees of its subtree that the
    /// rule's selector matches.</summary>
    public IReadOnlyList<MinimumSlot> Slots { get; }

    /// <summary>The cap of every top-level unit that has covered, non-exempt employees (none without a cap).</summary>
    public IReadOnlyList<TopLevelCap> Caps { get; }

    /// <summary>Per employee: some minimum rule counts them in some unit (their office days have reason Minimum).</summary>
    public bool[] CountedByMinimum { get; }

    /// <summary>Groups of two or more interchangeable employees (the fairness rule).</summary>
    public IReadOnlyList<int[]> Interchangeable { get; }

    public static ScenarioFacts Of(Scenario scenario) => new(scenario);

    public bool IsUnavailable(int employee, int day) => _unavailable[employee * Days.Count + day];

    /// <summary>The reason rules 1–5 give employee <paramref name="e"/> on day <paramref name="d"/>, or null
    /// when the solver chooses (rule 6).</summary>
    public AssignmentReason? FixedReason(int e, int d) =>
        IsUnavailable(e, d) ? AssignmentReason.Unavailable
        : !InForce[d] ? AssignmentReason.NoPolicy
        : Standing[e];

    /// <summary>At the office in every shift by rules 2–5.</summary>
    public bool IsFixedInOffice(int e, int d) => FixedReason(e, d) is { } reason && reason != AssignmentReason.Unavailable;

    /// <summary>Covered by the policy and outside every exempt subtree: counted by the cap.</summary>
    public bool IsCapped(int e) => Standing[e] is null or AssignmentReason.AlwaysOnSite;

    private List<MinimumSlot> AllSlots(Scenario scenario, IReadOnlyList<ScenarioUnit> units, Dictionary<(int Rule, int Unit), List<int>> members)
    {
        var slots = new List<MinimumSlot>();
        for (var r = 0; r < scenario.Policy.MinimumOnSite.Count; r++)
        {
            var rule = scenario.Policy.MinimumOnSite[r];
            for (var u = 0; u < units.Count; u++)
            {
                if (units[u].Type == rule.Per && !UnitExempt[u])
                {
                    slots.Add(new MinimumSlot(r, u, rule.Count, members.TryGetValue((r, u), out var m) ? [.. m] : []));
                }
            }
        }
        return slots;
    }

    private List<TopLevelCap> TopLevelCaps(Scenario scenario)
    {
        var covered = new Dictionary<int, List<int>>();
        for (var e = 0; e < EmployeeUnit.Length; e++)
        {
            if (IsCapped(e))
            {
                var top = UnitTop[EmployeeUnit[e]];
                if (!covered.TryGetValue(top, out var list))
                {
                    covered[top] = list = [];
                }
                list.Add(e);
            }
        }
        return [.. covered.OrderBy(c => c.Key)
            .Where(c => scenario.Policy.CapFor(c.Value.Count) is not null)
            .Select(c => new TopLevelCap(c.Key, scenario.Policy.CapFor(c.Value.Count)!.Value, [.. c.Value]))];
    }

    private List<int[]> InterchangeableGroups(List<(int Rule, int Unit)>[] slotsOf)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < Standing.Length; e++)
        {
            if (Standing[e] is not null || Scenario.Employees[e].PriorityHome || Enumerable.Range(0, Days.Count).Any(d => IsUnavailable(e, d)))
            {
                continue;
            }
            var key = $"{UnitTop[EmployeeUnit[e]]}|{string.Join(';', slotsOf[e].Order().Select(s => $"{s.Rule}@{s.Unit}"))}";
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }
            group.Add(e);
        }
        return [.. groups.Values.Where(g => g.Count > 1).Select(g => g.ToArray())];
    }
}

/// <summary>Minimum rule <see cref="Rule"/> in unit <see cref="Unit"/>: at least <see cref="Count"/> of
/// <see cref="Members"/> at the office in every shift of every day the policy is in force.</summary>
internal sealed record MinimumSlot(int Rule, int Unit, int Count, int[] Members);

/// <summary>At most <see cref="Cap"/> of <see cref="Members"/> (the covered, non-exempt employees of top-level
/// unit <see cref="Unit"/>) at the office in each shift.</summary>
internal sealed record TopLevelCap(int Unit, int Cap, int[] Members);
