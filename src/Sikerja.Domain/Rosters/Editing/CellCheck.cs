namespace Sikerja.Domain.Rosters.Editing;

/// <summary>
/// Checks one edited cell of a roster against the rules of roster-scenario.md, on the edited day (and, for
/// fairness, the employee's office days over the period): the rules the edit breaks, each with where. Rules
/// already broken before the edit are not the edit's doing and are not reported. The scenario and roster may be
/// limited to the edited employee's agency: every rule is kept within one top-level unit.
/// </summary>
public static class CellCheck
{
    /// <param name="edit">The new cell; its <see cref="RosterAssignment.Reason"/> is ignored (the verdict gives it).</param>
    public static CellVerdict Check(Scenario scenario, IEnumerable<RosterAssignment> roster, RosterAssignment edit)
    {
        var index = new RosterIndex(scenario, roster);
        if (!index.Employees.TryGetValue(edit.Employee, out var employee))
        {
            throw new ArgumentException($"No employee '{edit.Employee}' in the scenario.", nameof(edit));
        }
        var before = index.Day(edit.Date);
        if (!before.TryGetValue(edit.Employee, out var old))
        {
            throw new ArgumentException($"{edit.Employee} has no assignment on {edit.Date:yyyy-MM-dd}.", nameof(edit));
        }
        var reason = ReasonOf(index, employee, edit);
        if (old.Mode == edit.Mode && old.Shifts == edit.Shifts)
        {
            return new CellVerdict(old.Reason, []);
        }
        var after = new Dictionary<string, RosterAssignment>(before, StringComparer.Ordinal) { [edit.Employee] = edit with { Reason = reason } };
        return new CellVerdict(reason, new Edit(index, employee, old, edit, after).Breaches());
    }

    /// <summary>The reason the spec gives a cell: the fixed rule's where one puts the employee at the office, else the roster's choice.</summary>
    private static AssignmentReason ReasonOf(RosterIndex index, ScenarioEmployee employee, RosterAssignment edit) => edit.Mode switch
    {
        WorkMode.Off => AssignmentReason.Unavailable,
        WorkMode.Home => employee.PriorityHome ? AssignmentReason.PriorityHome : AssignmentReason.Home,
        _ => index.FixedReason(employee, edit.Date) is { } r && r != AssignmentReason.Unavailable ? r
            : index.Policy.Staffing == Policies.Staffing.Capacity ? AssignmentReason.Capacity
            : AssignmentReason.Minimum,
    };

    private sealed class Edit(
        RosterIndex index, ScenarioEmployee employee, RosterAssignment old, RosterAssignment edit, Dictionary<string, RosterAssignment> after)
    {
        private readonly List<RuleBreach> _breaches = [];
        private readonly AssignmentReason? _fixed = index.FixedReason(employee, edit.Date);
        private readonly string _top = index.TopOf(employee.Unit);

        public List<RuleBreach> Breaches()
        {
            FixedRules();
            if (!index.Policy.IsInForceOn(edit.Date))
            {
                return _breaches;
            }
            Minimums();
            if (_fixed is null)
            {
                CapAndNeed();
                CapacityStaffing();
                PriorityHome();
                Fairness();
            }
            return _breaches;
        }

        private void Add(BreachKind kind, string? unit = null, int? shift = null, int? rule = null, int? required = null, int? actual = null,
            string? other = null, AssignmentReason? fixedReason = null, string? who = null) =>
            _breaches.Add(new RuleBreach(kind, who ?? employee.Id, edit.Date, unit, shift is { } s ? index.Shifts[s].Code : null,
                rule, required, actual, other, fixedReason));

        private IEnumerable<int> ShiftIndexes => Enumerable.Range(0, index.Shifts.Count);

        private static bool In(RosterAssignment a, int shift) => a.Mode == WorkMode.Office && a.Shifts.Contains(shift);

        private void FixedRules()
        {
            switch (_fixed)
            {
                case AssignmentReason.Unavailable when edit.Mode != WorkMode.Off:
                    Add(BreachKind.Unavailable);
                    break;
                case AssignmentReason.NoPolicy or AssignmentReason.OutOfScope or AssignmentReason.ExemptUnit or AssignmentReason.AlwaysOnSite
                    when edit.Mode != WorkMode.Office || edit.Shifts != ShiftSet.All(index.Shifts.Count):
                    Add(BreachKind.FixedOffice, fixedReason: _fixed);
                    break;
                case null when edit.Mode == WorkMode.Off:
                    Add(BreachKind.OffWithoutCause);
                    break;
                case null when edit.Mode == WorkMode.Office && edit.Shifts.Count != 1:
                    Add(BreachKind.OneShift);
                    break;
            }
        }

        /// <summary>Every minimum the employee counted for in a shift they leave must still hold.</summary>
        private void Minimums()
        {
            foreach (var shift in ShiftIndexes.Where(s => In(old, s) && !In(edit, s)))
            {
                foreach (var (rule, unit) in index.PairsOf(employee.Id))
                {
                    var required = index.Policy.MinimumOnSite[rule].Count;
                    var count = index.Count(after, rule, unit, shift);
                    if (count < required)
                    {
                        Add(BreachKind.Minimum, unit, shift, rule, required, count);
                    }
                }
            }
        }

        /// <summary>Needed in a shift: some minimum counting them would fail without them.</summary>
        private bool Needed(string who, int shift, IReadOnlyDictionary<string, RosterAssignment> day) =>
            index.PairsOf(who).Any(p => index.Count(day, p.Rule, p.Unit, shift) <= index.Policy.MinimumOnSite[p.Rule].Count);

        private void CapAndNeed()
        {
            foreach (var shift in ShiftIndexes.Where(s => In(edit, s) && !In(old, s)))
            {
                var needed = Needed(employee.Id, shift, after);
                var onSite = index.OnSite(after, _top, shift);
                if (index.CapOf(_top) is { } cap && onSite > cap && !needed)
                {
                    Add(BreachKind.Cap, _top, shift, required: cap, actual: onSite);
                }
                else if (index.Policy.Staffing == Policies.Staffing.Minimum && !needed)
                {
                    Add(BreachKind.NotNeeded, employee.Unit, shift);
                }
            }
        }

        /// <summary>Capacity staffing: an available, non-priority employee stays at the office while a shift has room.</summary>
        private void CapacityStaffing()
        {
            if (index.Policy.Staffing != Policies.Staffing.Capacity || edit.Mode != WorkMode.Home || employee.PriorityHome)
            {
                return;
            }
            var cap = index.CapOf(_top);
            foreach (var shift in ShiftIndexes)
            {
                var onSite = index.OnSite(after, _top, shift);
                if (cap is null || onSite < cap)
                {
                    Add(BreachKind.CapacityRoom, _top, shift, required: cap, actual: onSite);
                    return;
                }
            }
        }

        /// <summary>
        /// A priority-home employee is at the office only where a minimum needs them and no available non-priority
        /// colleague at home that day could take the place: checked for the edited employee coming in, and for the
        /// priority-home colleagues an edited employee sent home could have replaced.
        /// </summary>
        private void PriorityHome()
        {
            if (employee.PriorityHome && edit.Mode == WorkMode.Office)
            {
                foreach (var shift in ShiftIndexes.Where(s => In(edit, s)))
                {
                    if (!Needed(employee.Id, shift, after))
                    {
                        Add(BreachKind.PriorityHome, employee.Unit, shift);
                    }
                    else if (Substitute(employee.Id, shift) is { } substitute)
                    {
                        Add(BreachKind.PriorityHome, employee.Unit, shift, other: substitute.Name);
                    }
                }
            }
            if (!employee.PriorityHome && edit.Mode == WorkMode.Home && old.Mode == WorkMode.Office)
            {
                var mine = index.PairsOf(employee.Id);
                foreach (var a in after.Values.Where(a => a.Mode == WorkMode.Office && a.Employee != employee.Id))
                {
                    var colleague = index.Employees[a.Employee];
                    if (colleague.PriorityHome && index.FixedReason(colleague, edit.Date) is null && index.PairsOf(colleague.Id).Any(mine.Contains))
                    {
                        Add(BreachKind.PriorityHome, colleague.Unit, ShiftIndexes.First(s => In(a, s)), other: employee.Name, who: colleague.Id);
                    }
                }
            }
        }

        /// <summary>An available, non-priority colleague at home that day, counted by a minimum that needs the employee.</summary>
        private ScenarioEmployee? Substitute(string who, int shift)
        {
            var needing = index.PairsOf(who)
                .Where(p => index.Count(after, p.Rule, p.Unit, shift) <= index.Policy.MinimumOnSite[p.Rule].Count).ToList();
            return after.Values
                .Where(a => a.Mode == WorkMode.Home && a.Employee != who)
                .Select(a => index.Employees[a.Employee])
                .FirstOrDefault(c => !c.PriorityHome && index.FixedReason(c, edit.Date) is null && index.PairsOf(c.Id).Any(needing.Contains));
        }

        /// <summary>Interchangeable employees' office days stay within one of each other (only where the edit widens a gap).</summary>
        private void Fairness()
        {
            var wasOffice = old.Mode == WorkMode.Office;
            var isOffice = edit.Mode == WorkMode.Office;
            if (wasOffice == isOffice || !Interchangeable(employee))
            {
                return;
            }
            var mine = OfficeDays(employee.Id);
            var then = mine + (isOffice ? 1 : -1);
            var signature = Signature(employee);
            foreach (var peer in index.Employees.Values)
            {
                if (peer.Id == employee.Id || index.TopOf(peer.Unit) != _top || !Interchangeable(peer) || Signature(peer) != signature)
                {
                    continue;
                }
                var theirs = OfficeDays(peer.Id);
                if (Math.Abs(then - theirs) > 1 && Math.Abs(then - theirs) > Math.Abs(mine - theirs))
                {
                    Add(BreachKind.Fairness, required: theirs, actual: then, other: peer.Name);
                    return;
                }
            }
        }

        private bool Interchangeable(ScenarioEmployee e) =>
            !e.PriorityHome && index.WorkingDays.All(d => index.FixedReason(e, d) is null);

        private string Signature(ScenarioEmployee e) => string.Join(";", index.PairsOf(e.Id).OrderBy(p => p.Rule).ThenBy(p => p.Unit, StringComparer.Ordinal).Select(p => $"{p.Rule}@{p.Unit}"));

        private int OfficeDays(string who) =>
            index.WorkingDays.Count(d => index.Day(d).TryGetValue(who, out var a) && a.Mode == WorkMode.Office);
    }
}
