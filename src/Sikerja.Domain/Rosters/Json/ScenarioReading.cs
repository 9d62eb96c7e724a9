using System.Text.Json;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>
/// Reads a scenario in one pass over the stream. Every unit and employee is kept, those with a problem with
/// stand-ins, so that list positions stay the JSON indexes that <see cref="ScenarioRules"/> names.
/// Unit ids, titles and unit references share one string instance per distinct text.
/// </summary>
internal static class ScenarioReading
{
    private static readonly DateOnly[] NoDates = [];

    public static Scenario Read(JsonInput input, ref Utf8JsonReader reader)
    {
        ScenarioTenant? tenant = null;
        ScenarioPeriod? period = null;
        ScenarioCalendar? calendar = null;
        List<ScenarioUnit>? units = null;
        List<ScenarioEmployee>? employees = null;
        PolicyRules? policy = null;
        if (input.IsObject(ref reader, null, required: true))
        {
            while (input.NextProperty(ref reader))
            {
                if (input.Is(ref reader, "tenant"u8))
                {
                    tenant = Tenant(input, ref reader);
                }
                else if (input.Is(ref reader, "period"u8))
                {
                    period = Period(input, ref reader);
                }
                else if (input.Is(ref reader, "calendar"u8))
                {
                    calendar = Calendar(input, ref reader);
                }
                else if (input.Is(ref reader, "units"u8))
                {
                    units = Units(input, ref reader);
                }
                else if (input.Is(ref reader, "employees"u8))
                {
                    employees = Employees(input, ref reader);
                }
                else if (input.Is(ref reader, "policy"u8))
                {
                    input.Path.Push("policy");
                    policy = PolicyReading.Read(input, ref reader);
                    input.Path.Pop();
                }
                else
                {
                    input.Skip(ref reader);
                }
            }
            Require(input, tenant, "tenant");
            Require(input, period, "period");
            Require(input, units, "units");
            Require(input, employees, "employees");
            Require(input, policy, "policy");
        }
        return new Scenario(
            tenant ?? new ScenarioTenant("", "Asia/Jakarta"),
            period ?? new ScenarioPeriod(DateOnly.MinValue, DateOnly.MinValue),
            calendar ?? new ScenarioCalendar(WorkWeek.MondayToFriday, []),
            units ?? [],
            employees ?? [],
            policy ?? new PolicyRules("-", "", DateOnly.MinValue, null, [], [], [], [Shift.FullDay], [], [], null, Staffing.Minimum));
    }

    /// <summary>A missing section is a problem; a section of the wrong kind already is one (and was read as null too).</summary>
    private static void Require(JsonInput input, object? value, string field)
    {
        if (value is null && !input.Problems.Exists(p => p.Where == field || p.Where.StartsWith(field + ".", StringComparison.Ordinal)))
        {
            input.Missing(field);
        }
    }

    private static ScenarioTenant? Tenant(JsonInput input, ref Utf8JsonReader reader)
    {
        if (!input.IsObject(ref reader, "tenant", required: true))
        {
            return null;
        }
        input.Path.Push("tenant");
        string? name = null, zone = null;
        bool seenName = false, seenZone = false;
        while (input.NextProperty(ref reader))
        {
            if (input.Is(ref reader, "name"u8))
            {
                name = input.Text(ref reader, "name", required: true);
                seenName = true;
            }
            else if (input.Is(ref reader, "timeZone"u8))
            {
                zone = input.Text(ref reader, "timeZone", required: true);
                seenZone = true;
            }
            else
            {
                input.Skip(ref reader);
            }
        }
        Require(input, seenName, "name");
        Require(input, seenZone, "timeZone");
        input.Path.Pop();
        return new ScenarioTenant(name ?? "", zone ?? "Asia/Jakarta");
    }

    private static ScenarioPeriod? Period(JsonInput input, ref Utf8JsonReader reader)
    {
        if (!input.IsObject(ref reader, "period", required: true))
        {
            return null;
        }
        input.Path.Push("period");
        DateOnly? from = null, to = null;
        bool seenFrom = false, seenTo = false;
        while (input.NextProperty(ref reader))
        {
            if (input.Is(ref reader, "from"u8))
            {
                from = input.Date(ref reader, "from", required: true);
                seenFrom = true;
            }
            else if (input.Is(ref reader, "to"u8))
            {
                to = input.Date(ref reader, "to", required: true);
                seenTo = true;
            }
            else
            {
                input.Skip(ref reader);
            }
        }
        Require(input, seenFrom, "from");
        Require(input, seenTo, "to");
        input.Path.Pop();
        // A broken end stands in as the other one: a one-day period raises no problem of its own.
        var first = from ?? to ?? DateOnly.MinValue;
        return new ScenarioPeriod(first, to ?? first);
    }

    private static ScenarioCalendar? Calendar(JsonInput input, ref Utf8JsonReader reader)
    {
        if (!input.IsObject(ref reader, "calendar", required: false))
        {
            return null;
        }
        input.Path.Push("calendar");
        var week = WorkWeek.MondayToFriday;
        List<DateOnly>? holidays = null;
        while (input.NextProperty(ref reader))
        {
            if (input.Is(ref reader, "workDays"u8))
            {
                week = WorkDays(input, ref reader) ?? week;
            }
            else if (input.Is(ref reader, "holidays"u8))
            {
                holidays = input.DateList(ref reader, "holidays");
            }
            else
            {
                input.Skip(ref reader);
            }
        }
        input.Path.Pop();
        return new ScenarioCalendar(week, holidays ?? []);
    }

    private static WorkWeek? WorkDays(JsonInput input, ref Utf8JsonReader reader)
    {
        if (!input.IsArray(ref reader, "workDays", required: false))
        {
            return null;
        }
        input.Path.Push("workDays");
        var week = WorkWeek.None;
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            input.Path.Push(i);
            if (input.Text(ref reader, null, required: true) is { } name)
            {
                if (WorkWeekExtensions.IsScenarioDayName(name))
                {
                    week |= WorkWeekExtensions.FromScenarioDayNames([name]);
                }
                else
                {
                    input.Fail($"unknown day '{name}'; allowed: Mon, Tue, Wed, Thu, Fri, Sat, Sun");
                }
            }
            input.Path.Pop();
        }
        input.Path.Pop();
        return week;
    }

    private static List<ScenarioUnit>? Units(JsonInput input, ref Utf8JsonReader reader)
    {
        if (!input.IsArray(ref reader, "units", required: true))
        {
            return null;
        }
        var units = new List<ScenarioUnit>();
        input.Path.Push("units");
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            input.Path.Push(i);
            units.Add(Unit(input, ref reader));
            input.Path.Pop();
        }
        input.Path.Pop();
        return units;
    }

    private static ScenarioUnit Unit(JsonInput input, ref Utf8JsonReader reader)
    {
        string? id = null, name = null, parent = null;
        OrgUnitType? type = null;
        bool seenId = false, seenName = false, seenType = false;
        if (input.IsObject(ref reader, null, required: true))
        {
            while (input.NextProperty(ref reader))
            {
                if (input.Is(ref reader, "id"u8))
                {
                    id = input.Text(ref reader, "id", required: true, shared: true);
                    seenId = true;
                }
                else if (input.Is(ref reader, "name"u8))
                {
                    name = input.Text(ref reader, "name", required: true);
                    seenName = true;
                }
                else if (input.Is(ref reader, "type"u8))
                {
                    type = input.Enum<OrgUnitType>(ref reader, "type", required: true);
                    seenType = true;
                }
                else if (input.Is(ref reader, "parent"u8))
                {
                    parent = input.Text(ref reader, "parent", required: false, shared: true);
                }
                else
                {
                    input.Skip(ref reader);
                }
            }
            Require(input, seenId, "id");
            Require(input, seenName, "name");
            Require(input, seenType, "type");
        }
        return new ScenarioUnit(id ?? "", name ?? "", type ?? OrgUnitType.Division, parent);
    }

    private static List<ScenarioEmployee>? Employees(JsonInput input, ref Utf8JsonReader reader)
    {
        if (!input.IsArray(ref reader, "employees", required: true))
        {
            return null;
        }
        var employees = new List<ScenarioEmployee>();
        input.Path.Push("employees");
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            input.Path.Push(i);
            employees.Add(Employee(input, ref reader));
            input.Path.Pop();
        }
        input.Path.Pop();
        return employees;
    }

    /// <summary>An employee; a broken employment stands in as Pppk, which asks nothing of the id.</summary>
    private static ScenarioEmployee Employee(JsonInput input, ref Utf8JsonReader reader)
    {
        string? id = null, name = null, unit = null, title = null, headOf = null;
        Employment? employment = null;
        PositionLevel? level = null;
        var priorityHome = false;
        IReadOnlyList<DateOnly> unavailable = NoDates;
        bool seenId = false, seenName = false, seenUnit = false, seenEmployment = false, seenLevel = false;
        if (input.IsObject(ref reader, null, required: true))
        {
            while (input.NextProperty(ref reader))
            {
                if (input.Is(ref reader, "id"u8))
                {
                    id = input.Text(ref reader, "id", required: true);
                    seenId = true;
                }
                else if (input.Is(ref reader, "name"u8))
                {
                    name = input.Text(ref reader, "name", required: true);
                    seenName = true;
                }
                else if (input.Is(ref reader, "unit"u8))
                {
                    unit = input.Text(ref reader, "unit", required: true, shared: true);
                    seenUnit = true;
                }
                else if (input.Is(ref reader, "employment"u8))
                {
                    employment = input.Enum<Employment>(ref reader, "employment", required: true);
                    seenEmployment = true;
                }
                else if (input.Is(ref reader, "level"u8))
                {
                    level = input.Enum<PositionLevel>(ref reader, "level", required: true);
                    seenLevel = true;
                }
                else if (input.Is(ref reader, "title"u8))
                {
                    title = input.Text(ref reader, "title", required: false, shared: true);
                }
                else if (input.Is(ref reader, "headOf"u8))
                {
                    headOf = input.Text(ref reader, "headOf", required: false, shared: true);
                }
                else if (input.Is(ref reader, "priorityHome"u8))
                {
                    priorityHome = input.Bool(ref reader, "priorityHome") ?? false;
                }
                else if (input.Is(ref reader, "unavailable"u8))
                {
                    var dates = input.DateList(ref reader, "unavailable");
                    unavailable = dates is { Count: > 0 } ? dates : NoDates;
                }
                else
                {
                    input.Skip(ref reader);
                }
            }
            Require(input, seenId, "id");
            Require(input, seenName, "name");
            Require(input, seenUnit, "unit");
            Require(input, seenEmployment, "employment");
            Require(input, seenLevel, "level");
        }
        return new ScenarioEmployee(id ?? "", name ?? "", unit ?? "", employment ?? Employment.Pppk, level ?? PositionLevel.Staff,
            title, headOf, priorityHome, unavailable);
    }

    private static void Require(JsonInput input, bool seen, string field)
    {
        if (!seen)
        {
            input.Missing(field);
        }
    }
}
