using Sikerja.Domain.Organisation;
using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters.Solving;

/// <summary>
/// A valid scenario compiled into arrays: units with their top-level unit and exemption, the (minimum rule,
/// unit) pairs the policy creates, and for every employee the rules 3–6 standing and the pairs that count them.
/// Everything the solver, repair and findings need is an index lookup.
/// </summary>
internal sealed class ScenarioIndex
{
    public ScenarioIndex(Scenario scenario)
    {
        Scenario = scenario;
        Policy = scenario.Policy;
        ShiftCodes = Policy.Shifts.Count > 0 ? [.. Policy.Shifts.Select(s => s.Code)] : [Shift.FullDay.Code];
        Days = [.. scenario.WorkingDays()];
        PolicyDay = [.. Days.Select(Policy.IsInForceOn)];

        var units = scenario.Units;
        UnitIds = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            UnitIds[units[u].Id] = u;
        }
        UnitParent = [.. units.Select(u => u.Parent is { } p ? UnitIds[p] : -1)];
        UnitTop = new int[units.Count];
        UnitDepth = new int[units.Count];
        UnitExempt = new bool[units.Count];
        var exemptIds = Policy.ExemptUnits.ToHashSet(StringComparer.Ordinal);
        foreach (var u in UnitsParentsFirst())
        {
            var parent = UnitParent[u];
            var ownExempt = Policy.ExemptUnitTypes.Contains(units[u].Type) || exemptIds.Contains(units[u].Id);
            UnitTop[u] = parent < 0 ? u : UnitTop[parent];
            UnitDepth[u] = parent < 0 ? 0 : UnitDepth[parent] + 1;
            UnitExempt[u] = ownExempt || (parent >= 0 && UnitExempt[parent]);
        }

        var pairRule = new List<int>();
        var pairUnit = new List<int>();
        var pairsOfUnit = new List<int>[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            pairsOfUnit[u] = [];
            if (UnitExempt[u])
            {
                continue;
            }
            for (var r = 0; r < Policy.MinimumOnSite.Count; r++)
            {
                if (Policy.MinimumOnSite[r].Per == units[u].Type)
                {
                    pairsOfUnit[u].Add(pairRule.Count);
                    pairRule.Add(r);
                    pairUnit.Add(u);
                }
            }
        }
        PairRule = [.. pairRule];
        PairUnit = [.. pairUnit];
        PairRequired = [.. pairRule.Select(r => Policy.MinimumOnSite[r].Count)];

        var employees = scenario.Employees;
        EmployeeUnit = new int[employees.Count];
        EmployeeTop = new int[employees.Count];
        Standing = new EmployeeStanding[employees.Count];
        PriorityHome = new bool[employees.Count];
        EmployeeSignature = new int[employees.Count];
        var signatures = new SignatureTable();
        var matchCache = new Dictionary<(People.PositionLevel, string?, OrgUnitType?, People.Employment), bool[]>();
        var covered = Policy.AppliesTo.ToHashSet();
        var chain = new List<int>();
        for (var e = 0; e < employees.Count; e++)
        {
            var employee = employees[e];
            var unit = UnitIds[employee.Unit];
            EmployeeUnit[e] = unit;
            EmployeeTop[e] = UnitTop[unit];
            PriorityHome[e] = employee.PriorityHome;
            OrgUnitType? headOfType = employee.HeadOf is { } h && UnitIds.TryGetValue(h, out var headed) ? units[headed].Type : null;
            var key = (employee.Level, employee.Title, headOfType, employee.Employment);
            if (!matchCache.TryGetValue(key, out var matches))
            {
                matches = MatchesOf(key);
                matchCache[key] = matches;
            }
            Standing[e] = !covered.Contains(employee.Employment) ? EmployeeStanding.OutOfScope
                : UnitExempt[unit] ? EmployeeStanding.ExemptUnit
                : matches[^1] ? EmployeeStanding.AlwaysOnSite
                : EmployeeStanding.Placed;

            chain.Clear();
            for (var u = unit; u >= 0; u = UnitParent[u])
            {
                foreach (var pair in pairsOfUnit[u])
                {
                    if (matches[PairRule[pair]])
                    {
                        chain.Add(pair);
                    }
                }
            }
            EmployeeSignature[e] = signatures.IdOf(chain);
        }
        Signatures = signatures.ToArray();

        Unavailable = new HashSet<long>();
        var dayIndex = new Dictionary<DateOnly, int>(Days.Length);
        for (var d = 0; d < Days.Length; d++)
        {
            dayIndex[Days[d]] = d;
        }
        DayIndex = dayIndex;
        UnavailableOn = [.. Days.Select(_ => new List<int>())];
        for (var e = 0; e < employees.Count; e++)
        {
            foreach (var date in employees[e].Unavailable)
            {
                if (dayIndex.TryGetValue(date, out var d) && Unavailable.Add(Key(e, d)))
                {
                    UnavailableOn[d].Add(e);
                }
            }
        }
    }

    public Scenario Scenario { get; }
    public PolicyRules Policy { get; }
    public string[] ShiftCodes { get; }
    public int ShiftCount => ShiftCodes.Length;
    public DateOnly[] Days { get; }
    public bool[] PolicyDay { get; }
    public IReadOnlyDictionary<DateOnly, int> DayIndex { get; }

    public Dictionary<string, int> UnitIds { get; }
    public int[] UnitParent { get; }
    public int[] UnitTop { get; }
    public int[] UnitDepth { get; }
    public bool[] UnitExempt { get; }

    /// <summary>Pair p is minimum rule <c>PairRule[p]</c> applied to unit <c>PairUnit[p]</c>.</summary>
    public int[] PairRule { get; }
    public int[] PairUnit { get; }
    public int[] PairRequired { get; }
    public int PairCount => PairRule.Length;

    public int EmployeeCount => EmployeeUnit.Length;
    public int[] EmployeeUnit { get; }
    public int[] EmployeeTop { get; }
    public EmployeeStanding[] Standing { get; }
    public bool[] PriorityHome { get; }

    /// <summary>Employee e is counted by the pairs <c>Signatures[EmployeeSignature[e]]</c>.</summary>
    public int[] EmployeeSignature { get; }
    public int[][] Signatures { get; }

    /// <summary>Employees unavailable on each working day (by index into <see cref="Days"/>).</summary>
    public List<int>[] UnavailableOn { get; }
    private HashSet<long> Unavailable { get; }

    public bool IsUnavailable(int employee, int day) => Unavailable.Count > 0 && Unavailable.Contains(Key(employee, day));

    /// <summary>Covered, non-exempt employees count toward their top-level unit's cap.</summary>
    public bool CountsTowardCap(int employee) => Standing[employee] is EmployeeStanding.AlwaysOnSite or EmployeeStanding.Placed;

    public int[] Pairs(int employee) => Signatures[EmployeeSignature[employee]];

    private long Key(int employee, int day) => ((long)employee * Days.Length) + day;

    /// <summary>Which minimum rules' selectors match, and (last) whether an always-on-site selector does.</summary>
    private bool[] MatchesOf((People.PositionLevel Level, string? Title, OrgUnitType? HeadOf, People.Employment Employment) who)
    {
        var rules = Policy.MinimumOnSite;
        var result = new bool[rules.Count + 1];
        for (var r = 0; r < rules.Count; r++)
        {
            result[r] = rules[r].Select.Matches(who.Level, who.Title, who.HeadOf, who.Employment);
        }
        result[^1] = Policy.AlwaysOnSite.Any(s => s.Matches(who.Level, who.Title, who.HeadOf, who.Employment));
        return result;
    }

    private List<int> UnitsParentsFirst()
    {
        var units = Scenario.Units;
        var done = new bool[units.Count];
        var order = new List<int>(units.Count);
        var stack = new Stack<int>();
        for (var start = 0; start < units.Count; start++)
        {
            for (var u = start; u >= 0 && !done[u]; u = UnitParent[u])
            {
                stack.Push(u);
                done[u] = true;
            }
            while (stack.Count > 0)
            {
                order.Add(stack.Pop());
            }
        }
        return order;
    }
}
