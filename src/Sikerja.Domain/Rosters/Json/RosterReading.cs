using System.Text;
using System.Text.Json;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>
/// Reads a roster against its scenario: employee ids, unit ids and shift codes must be the scenario's, and
/// the roster keeps the scenario's id strings instead of new copies, so that ten million assignments cost
/// little more than their own fields.
/// </summary>
internal sealed class RosterReading
{
    private readonly JsonInput input;
    private readonly Scenario scenario;
    private readonly Dictionary<string, int> employees;
    private readonly Dictionary<string, string> units;
    private readonly byte[][] shiftCodes;
    private readonly string shiftNames;
    private byte[] lastUtf8 = new byte[64];
    private int lastLength;
    private int lastEmployee = -1;

    public RosterReading(JsonInput input, Scenario scenario)
    {
        this.input = input;
        this.scenario = scenario;
        employees = new Dictionary<string, int>(scenario.Employees.Count, StringComparer.Ordinal);
        for (var i = 0; i < scenario.Employees.Count; i++)
        {
            employees.TryAdd(scenario.Employees[i].Id, i);
        }
        units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in scenario.Units)
        {
            units.TryAdd(unit.Id, unit.Id);
        }
        shiftCodes = [.. scenario.Policy.Shifts.Select(s => Encoding.UTF8.GetBytes(s.Code))];
        shiftNames = string.Join(", ", scenario.Policy.Shifts.Select(s => s.Code));
    }

    public Roster Read(ref Utf8JsonReader reader)
    {
        string? policy = null;
        List<RosterAssignment>? assignments = null;
        List<Shortfall>? shortfalls = null;
        List<CapViolation>? violations = null;
        RosterSummary? summary = null;
        if (input.IsObject(ref reader, null, required: true))
        {
            bool seenPolicy = false, seenAssignments = false, seenShortfalls = false, seenViolations = false, seenSummary = false;
            while (input.NextProperty(ref reader))
            {
                if (input.Is(ref reader, "policy"u8))
                {
                    policy = input.Text(ref reader, "policy", required: true);
                    seenPolicy = true;
                }
                else if (input.Is(ref reader, "assignments"u8))
                {
                    assignments = Assignments(ref reader);
                    seenAssignments = true;
                }
                else if (input.Is(ref reader, "shortfalls"u8))
                {
                    shortfalls = Shortfalls(ref reader);
                    seenShortfalls = true;
                }
                else if (input.Is(ref reader, "violations"u8))
                {
                    violations = Violations(ref reader);
                    seenViolations = true;
                }
                else if (input.Is(ref reader, "summary"u8))
                {
                    summary = Summary(ref reader);
                    seenSummary = true;
                }
                else
                {
                    input.Skip(ref reader);
                }
            }
            Require(seenPolicy, "policy");
            Require(seenAssignments, "assignments");
            Require(seenShortfalls, "shortfalls");
            Require(seenViolations, "violations");
            Require(seenSummary, "summary");
        }
        return new Roster(policy ?? "", assignments ?? [], shortfalls ?? [], violations ?? [], summary ?? new RosterSummary(0, 0, 0, 0));
    }

    private void Require(bool seen, string field)
    {
        if (!seen)
        {
            input.Missing(field);
        }
    }

    private List<RosterAssignment>? Assignments(ref Utf8JsonReader reader)
    {
        if (!input.IsArray(ref reader, "assignments", required: true))
        {
            return null;
        }
        var days = scenario.WorkingDays().Count;
        var list = new List<RosterAssignment>((int)Math.Min((long)scenario.Employees.Count * days, Array.MaxLength / 2));
        input.Path.Push("assignments");
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            input.Path.Push(i);
            if (Assignment(ref reader) is { } assignment)
            {
                list.Add(assignment);
            }
            input.Path.Pop();
        }
        input.Path.Pop();
        return list;
    }

    private RosterAssignment? Assignment(ref Utf8JsonReader reader)
    {
        if (!input.IsObject(ref reader, null, required: true))
        {
            return null;
        }
        string? employee = null;
        DateOnly? date = null;
        WorkMode? mode = null;
        AssignmentReason? reason = null;
        var set = ShiftSet.None;
        var valid = true;
        bool seenEmployee = false, seenDate = false, seenMode = false, seenReason = false;
        while (input.NextProperty(ref reader))
        {
            if (input.Is(ref reader, "employee"u8))
            {
                seenEmployee = true;
                employee = EmployeeId(ref reader);
            }
            else if (input.Is(ref reader, "date"u8))
            {
                seenDate = true;
                date = input.Date(ref reader, "date", required: true);
            }
            else if (input.Is(ref reader, "mode"u8))
            {
                seenMode = true;
                mode = input.Enum<WorkMode>(ref reader, "mode", required: true);
            }
            else if (input.Is(ref reader, "shifts"u8))
            {
                valid &= ShiftList(ref reader, out set);
            }
            else if (input.Is(ref reader, "reason"u8))
            {
                seenReason = true;
                reason = input.Enum<AssignmentReason>(ref reader, "reason", required: true);
            }
            else
            {
                input.Skip(ref reader);
            }
        }
        Require(seenEmployee, "employee");
        Require(seenDate, "date");
        Require(seenMode, "mode");
        Require(seenReason, "reason");
        return valid && employee is not null && date is { } d && mode is { } m && reason is { } r ? new RosterAssignment(employee, d, m, set, r) : null;
    }

    /// <summary>The scenario's own string for an employee id; null (and a problem) for an id it does not have.</summary>
    private string? EmployeeId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            input.Text(ref reader, "employee", required: true);
            return null;
        }
        var utf8 = input.Utf8(ref reader);
        // A roster lists an employee's days one after another: the last id read is most often the next.
        if (lastEmployee >= 0 && utf8.SequenceEqual(lastUtf8.AsSpan(0, lastLength)))
        {
            return scenario.Employees[lastEmployee].Id;
        }
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[256] : new char[utf8.Length];
        var id = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (employees.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var index))
        {
            if (lastUtf8.Length < utf8.Length)
            {
                lastUtf8 = new byte[utf8.Length * 2];
            }
            utf8.CopyTo(lastUtf8);
            lastLength = utf8.Length;
            lastEmployee = index;
            return scenario.Employees[index].Id;
        }
        input.Fail("employee", $"no employee '{id}' in the scenario");
        return null;
    }

    private bool ShiftList(ref Utf8JsonReader reader, out ShiftSet set)
    {
        set = ShiftSet.None;
        if (!input.IsArray(ref reader, "shifts", required: false))
        {
            return reader.TokenType == JsonTokenType.Null;
        }
        var valid = true;
        input.Path.Push("shifts");
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            input.Path.Push(i);
            if (ShiftCode(ref reader, null) is { } index)
            {
                set = new ShiftSet(set.Bits | ShiftSet.One(index).Bits);
            }
            else
            {
                valid = false;
            }
            input.Path.Pop();
        }
        input.Path.Pop();
        return valid;
    }

    /// <summary>The index of a shift code, compared as UTF-8 without making a string (ten million of them).</summary>
    private int? ShiftCode(ref Utf8JsonReader reader, string? field)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var utf8 = input.Utf8(ref reader);
            for (var i = 0; i < shiftCodes.Length; i++)
            {
                if (utf8.SequenceEqual(shiftCodes[i]))
                {
                    return i;
                }
            }
        }
        if (input.Text(ref reader, field, required: true) is { } code)
        {
            input.Fail(field, $"no shift '{code}' in the policy; its shifts: {shiftNames}");
        }
        return null;
    }

    private string? UnitId(ref Utf8JsonReader reader)
    {
        if (input.Text(ref reader, "unit", required: true) is not { } id)
        {
            return null;
        }
        if (units.TryGetValue(id, out var unit))
        {
            return unit;
        }
        input.Fail("unit", $"no unit '{id}' in the scenario");
        return null;
    }

    private List<Shortfall>? Shortfalls(ref Utf8JsonReader reader)
    {
        if (!input.IsArray(ref reader, "shortfalls", required: true))
        {
            return null;
        }
        var list = new List<Shortfall>();
        input.Path.Push("shortfalls");
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            input.Path.Push(i);
            if (Entry(ref reader, "required", "available") is { } e)
            {
                list.Add(new Shortfall(e.Rule, e.Unit, e.Date, e.Shift, e.First, e.Second));
            }
            input.Path.Pop();
        }
        input.Path.Pop();
        return list;
    }

    private List<CapViolation>? Violations(ref Utf8JsonReader reader)
    {
        if (!input.IsArray(ref reader, "violations", required: true))
        {
            return null;
        }
        var list = new List<CapViolation>();
        input.Path.Push("violations");
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            input.Path.Push(i);
            if (Entry(ref reader, "cap", "onSite") is { } e)
            {
                list.Add(new CapViolation(e.Unit, e.Date, e.Shift, e.First, e.Second));
            }
            input.Path.Pop();
        }
        input.Path.Pop();
        return list;
    }

    private readonly record struct UnitDayShift(int Rule, string Unit, DateOnly Date, string Shift, int First, int Second);

    /// <summary>A shortfall (rule, unit, date, shift, required, available) or a violation (kind, unit, date,
    /// shift, cap, onSite): the same shape but for the rule or the kind.</summary>
    private UnitDayShift? Entry(ref Utf8JsonReader reader, string first, string second)
    {
        if (!input.IsObject(ref reader, null, required: true))
        {
            return null;
        }
        var isShortfall = first == "required";
        int? rule = isShortfall ? null : 0, a = null, b = null;
        string? unit = null, shift = null;
        DateOnly? date = null;
        var valid = true;
        bool seenRule = !isShortfall, seenUnit = false, seenDate = false, seenShift = false, seenFirst = false, seenSecond = false;
        while (input.NextProperty(ref reader))
        {
            if (isShortfall && input.Is(ref reader, "rule"u8))
            {
                seenRule = true;
                rule = input.Int(ref reader, "rule");
                if (rule is { } r && (r < 0 || r >= scenario.Policy.MinimumOnSite.Count))
                {
                    input.Fail("rule", $"no minimum rule {r}; the policy has {scenario.Policy.MinimumOnSite.Count} (0-based)");
                    rule = null;
                }
            }
            else if (!isShortfall && input.Is(ref reader, "kind"u8))
            {
                if (input.Text(ref reader, "kind", required: true) is { } kind && kind != CapViolation.Kind)
                {
                    input.Fail("kind", $"unknown value '{kind}'; allowed: {CapViolation.Kind}");
                    valid = false;
                }
            }
            else if (input.Is(ref reader, "unit"u8))
            {
                seenUnit = true;
                unit = UnitId(ref reader);
            }
            else if (input.Is(ref reader, "date"u8))
            {
                seenDate = true;
                date = input.Date(ref reader, "date", required: true);
            }
            else if (input.Is(ref reader, "shift"u8))
            {
                seenShift = true;
                shift = ShiftCode(ref reader, "shift") is { } index ? scenario.Policy.Shifts[index].Code : null;
            }
            else if (reader.ValueTextEquals(first))
            {
                input.Next(ref reader);
                seenFirst = true;
                a = input.Int(ref reader, first);
            }
            else if (reader.ValueTextEquals(second))
            {
                input.Next(ref reader);
                seenSecond = true;
                b = input.Int(ref reader, second);
            }
            else
            {
                input.Skip(ref reader);
            }
        }
        Require(seenRule, "rule");
        Require(seenUnit, "unit");
        Require(seenDate, "date");
        Require(seenShift, "shift");
        Require(seenFirst, first);
        Require(seenSecond, second);
        return valid && rule is { } ru && unit is not null && date is { } d && shift is not null && a is { } x && b is { } y
            ? new UnitDayShift(ru, unit, d, shift, x, y)
            : null;
    }

    private RosterSummary? Summary(ref Utf8JsonReader reader)
    {
        if (!input.IsObject(ref reader, "summary", required: true))
        {
            return null;
        }
        input.Path.Push("summary");
        int? employeeCount = null, days = null, office = null, home = null;
        while (input.NextProperty(ref reader))
        {
            if (input.Is(ref reader, "employees"u8))
            {
                employeeCount = input.Int(ref reader, "employees");
            }
            else if (input.Is(ref reader, "workingDays"u8))
            {
                days = input.Int(ref reader, "workingDays");
            }
            else if (input.Is(ref reader, "officeAssignments"u8))
            {
                office = input.Int(ref reader, "officeAssignments");
            }
            else if (input.Is(ref reader, "homeAssignments"u8))
            {
                home = input.Int(ref reader, "homeAssignments");
            }
            else
            {
                input.Skip(ref reader);
            }
        }
        Require(employeeCount is not null || input.Problems.Exists(p => p.Where == "summary.employees"), "employees");
        Require(days is not null || input.Problems.Exists(p => p.Where == "summary.workingDays"), "workingDays");
        Require(office is not null || input.Problems.Exists(p => p.Where == "summary.officeAssignments"), "officeAssignments");
        Require(home is not null || input.Problems.Exists(p => p.Where == "summary.homeAssignments"), "homeAssignments");
        input.Path.Pop();
        return new RosterSummary(employeeCount ?? 0, days ?? 0, office ?? 0, home ?? 0);
    }
}
