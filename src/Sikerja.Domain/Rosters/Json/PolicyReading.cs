using System.Text.Json;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>
/// Reads the <c>policy</c> object of the scenario format into <see cref="PolicyRules"/>. A value with a
/// problem gets a stand-in that provokes no further problem (a shift with a broken start starts at 00:00),
/// so that the checks of meaning still run on the rest.
/// </summary>
internal static class PolicyReading
{
    public static PolicyRules Read(JsonInput input, ref Utf8JsonReader reader)
    {
        string? number = null, title = null;
        DateOnly? from = null, until = null;
        List<Employment>? appliesTo = null;
        List<OrgUnitType>? exemptTypes = null;
        List<string>? exemptUnits = null;
        List<Shift>? shifts = null;
        List<Selector>? alwaysOnSite = null;
        List<MinimumRule>? minimums = null;
        decimal? fraction = null;
        Staffing? staffing = null;
        bool seenNumber = false, seenTitle = false, seenFrom = false, seenAppliesTo = false, seenStaffing = false;
        if (input.IsObject(ref reader, null, required: true))
        {
            while (input.NextProperty(ref reader))
            {
                if (input.Is(ref reader, "number"u8))
                {
                    number = input.Text(ref reader, "number", required: true);
                    seenNumber = true;
                }
                else if (input.Is(ref reader, "title"u8))
                {
                    title = input.Text(ref reader, "title", required: true);
                    seenTitle = true;
                }
                else if (input.Is(ref reader, "effectiveFrom"u8))
                {
                    from = input.Date(ref reader, "effectiveFrom", required: true);
                    seenFrom = true;
                }
                else if (input.Is(ref reader, "effectiveUntil"u8))
                {
                    until = input.Date(ref reader, "effectiveUntil", required: false);
                }
                else if (input.Is(ref reader, "appliesTo"u8))
                {
                    appliesTo = input.EnumList<Employment>(ref reader, "appliesTo", required: true);
                    seenAppliesTo = true;
                }
                else if (input.Is(ref reader, "exemptUnitTypes"u8))
                {
                    exemptTypes = input.EnumList<OrgUnitType>(ref reader, "exemptUnitTypes", required: false);
                }
                else if (input.Is(ref reader, "exemptUnits"u8))
                {
                    exemptUnits = input.TextList(ref reader, "exemptUnits", required: false, shared: true);
                }
                else if (input.Is(ref reader, "shifts"u8))
                {
                    shifts = Shifts(input, ref reader);
                }
                else if (input.Is(ref reader, "alwaysOnSite"u8))
                {
                    alwaysOnSite = Selectors(input, ref reader);
                }
                else if (input.Is(ref reader, "minimumOnSite"u8))
                {
                    minimums = Minimums(input, ref reader);
                }
                else if (input.Is(ref reader, "maxOnSiteFraction"u8))
                {
                    fraction = input.Decimal(ref reader, "maxOnSiteFraction", required: false);
                }
                else if (input.Is(ref reader, "staffing"u8))
                {
                    staffing = input.Enum<Staffing>(ref reader, "staffing", required: true);
                    seenStaffing = true;
                }
                else
                {
                    input.Skip(ref reader);
                }
            }
            Require(input, seenNumber, "number");
            Require(input, seenTitle, "title");
            Require(input, seenFrom, "effectiveFrom");
            Require(input, seenAppliesTo, "appliesTo");
            Require(input, seenStaffing, "staffing");
        }
        return new PolicyRules(
            number ?? "",
            title ?? "",
            from ?? DateOnly.MinValue,
            until,
            appliesTo ?? [],
            exemptTypes ?? [],
            exemptUnits ?? [],
            shifts ?? [Shift.FullDay],
            alwaysOnSite ?? [],
            minimums ?? [],
            fraction,
            staffing ?? Staffing.Minimum);
    }

    private static void Require(JsonInput input, bool seen, string field)
    {
        if (!seen)
        {
            input.Missing(field);
        }
    }

    private static List<Shift>? Shifts(JsonInput input, ref Utf8JsonReader reader)
    {
        if (!input.IsArray(ref reader, "shifts", required: false))
        {
            return null;
        }
        var shifts = new List<Shift>();
        input.Path.Push("shifts");
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            input.Path.Push(i);
            shifts.Add(ReadShift(input, ref reader));
            input.Path.Pop();
        }
        input.Path.Pop();
        return shifts;
    }

    private static Shift ReadShift(JsonInput input, ref Utf8JsonReader reader)
    {
        string? code = null;
        TimeOnly? start = null, end = null;
        bool seenCode = false, seenStart = false, seenEnd = false;
        if (input.IsObject(ref reader, null, required: true))
        {
            while (input.NextProperty(ref reader))
            {
                if (input.Is(ref reader, "code"u8))
                {
                    code = input.Text(ref reader, "code", required: true);
                    seenCode = true;
                }
                else if (input.Is(ref reader, "start"u8))
                {
                    start = input.Time(ref reader, "start");
                    seenStart = true;
                }
                else if (input.Is(ref reader, "end"u8))
                {
                    end = input.Time(ref reader, "end");
                    seenEnd = true;
                }
                else
                {
                    input.Skip(ref reader);
                }
            }
            Require(input, seenCode, "code");
            Require(input, seenStart, "start");
            Require(input, seenEnd, "end");
        }
        return new Policies.Shift(code ?? "", start ?? TimeOnly.MinValue, end ?? TimeOnly.MaxValue);
    }

    private static List<Selector>? Selectors(JsonInput input, ref Utf8JsonReader reader)
    {
        if (!input.IsArray(ref reader, "alwaysOnSite", required: false))
        {
            return null;
        }
        var selectors = new List<Selector>();
        input.Path.Push("alwaysOnSite");
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            input.Path.Push(i);
            selectors.Add(ReadSelector(input, ref reader));
            input.Path.Pop();
        }
        input.Path.Pop();
        return selectors;
    }

    /// <summary>A selector; one that cannot be read selects no one (every field an empty list).</summary>
    private static Selector ReadSelector(JsonInput input, ref Utf8JsonReader reader)
    {
        if (!input.IsObject(ref reader, null, required: true))
        {
            return new Selector([], [], [], []);
        }
        var selector = new Selector();
        while (input.NextProperty(ref reader))
        {
            if (input.Is(ref reader, "levels"u8))
            {
                selector = selector with { Levels = input.EnumList<PositionLevel>(ref reader, "levels", required: false) };
            }
            else if (input.Is(ref reader, "titles"u8))
            {
                selector = selector with { Titles = input.TextList(ref reader, "titles", required: false, shared: true) };
            }
            else if (input.Is(ref reader, "headOfUnitTypes"u8))
            {
                selector = selector with { HeadOfUnitTypes = input.EnumList<OrgUnitType>(ref reader, "headOfUnitTypes", required: false) };
            }
            else if (input.Is(ref reader, "employment"u8))
            {
                selector = selector with { Employment = input.EnumList<Employment>(ref reader, "employment", required: false) };
            }
            else
            {
                input.Skip(ref reader);
            }
        }
        return selector;
    }

    private static List<MinimumRule>? Minimums(JsonInput input, ref Utf8JsonReader reader)
    {
        if (!input.IsArray(ref reader, "minimumOnSite", required: false))
        {
            return null;
        }
        var rules = new List<MinimumRule>();
        input.Path.Push("minimumOnSite");
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            input.Path.Push(i);
            rules.Add(Minimum(input, ref reader));
            input.Path.Pop();
        }
        input.Path.Pop();
        return rules;
    }

    private static MinimumRule Minimum(JsonInput input, ref Utf8JsonReader reader)
    {
        OrgUnitType? per = null;
        Selector? select = null;
        int? count = null;
        bool seenPer = false, seenSelect = false, seenCount = false;
        if (input.IsObject(ref reader, null, required: true))
        {
            while (input.NextProperty(ref reader))
            {
                if (input.Is(ref reader, "per"u8))
                {
                    per = input.Enum<OrgUnitType>(ref reader, "per", required: true);
                    seenPer = true;
                }
                else if (input.Is(ref reader, "select"u8))
                {
                    input.Path.Push("select");
                    select = ReadSelector(input, ref reader);
                    input.Path.Pop();
                    seenSelect = true;
                }
                else if (input.Is(ref reader, "count"u8))
                {
                    count = input.Int(ref reader, "count");
                    seenCount = true;
                }
                else
                {
                    input.Skip(ref reader);
                }
            }
            Require(input, seenPer, "per");
            Require(input, seenSelect, "select");
            Require(input, seenCount, "count");
        }
        return new MinimumRule(per ?? OrgUnitType.Agency, select ?? new Selector([], [], [], []), count ?? 1);
    }
}
