using System.Text.Json;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>
/// Streams a roster in the spec's field order. Property names, dates, modes, reasons and shift lists are
/// encoded once; the writer is flushed to the stream as it goes, so that ten million assignments never sit in
/// memory as text.
/// </summary>
internal sealed class RosterWriting
{
    private const int FlushAt = 1 << 16;

    private static readonly JsonEncodedText Employee = JsonEncodedText.Encode("employee");
    private static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText Mode = JsonEncodedText.Encode("mode");
    private static readonly JsonEncodedText Shifts = JsonEncodedText.Encode("shifts");
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText[] Modes = [.. Enum.GetValues<WorkMode>().Select(m => JsonEncodedText.Encode(m.ToString()))];
    private static readonly JsonEncodedText[] Reasons = [.. Enum.GetValues<AssignmentReason>().Select(r => JsonEncodedText.Encode(r.ToString()))];

    private readonly Scenario scenario;
    private readonly JsonEncodedText[] dates;
    private readonly byte[]?[] shiftLists = new byte[]?[1 << ShiftSet.MaxShifts];

    public RosterWriting(Scenario scenario)
    {
        this.scenario = scenario;
        dates = new JsonEncodedText[scenario.Period.To.DayNumber - scenario.Period.From.DayNumber + 1];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = JsonEncodedText.Encode(scenario.Period.From.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public void Write(Utf8JsonWriter writer, Roster roster)
    {
        writer.WriteStartObject();
        writer.WriteString("policy", roster.Policy);
        writer.WriteStartArray("assignments");
        foreach (var a in roster.Assignments)
        {
            writer.WriteStartObject();
            writer.WriteString(Employee, a.Employee);
            writer.WriteString(Date, DateText(a.Date));
            writer.WriteString(Mode, Modes[(int)a.Mode]);
            if (a.Mode == WorkMode.Office)
            {
                writer.WritePropertyName(Shifts);
                writer.WriteRawValue(ShiftList(a.Shifts), skipInputValidation: true);
            }
            writer.WriteString(Reason, Reasons[(int)a.Reason]);
            writer.WriteEndObject();
            if (writer.BytesPending > FlushAt)
            {
                writer.Flush();
            }
        }
        writer.WriteEndArray();
        writer.WriteStartArray("shortfalls");
        foreach (var s in roster.Shortfalls)
        {
            writer.WriteStartObject();
            writer.WriteNumber("rule", s.Rule);
            writer.WriteString("unit", s.Unit);
            writer.WriteString(Date, DateText(s.Date));
            writer.WriteString("shift", s.Shift);
            writer.WriteNumber("required", s.Required);
            writer.WriteNumber("available", s.Available);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("violations");
        foreach (var v in roster.Violations)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", CapViolation.Kind);
            writer.WriteString("unit", v.Unit);
            writer.WriteString(Date, DateText(v.Date));
            writer.WriteString("shift", v.Shift);
            writer.WriteNumber("cap", v.Cap);
            writer.WriteNumber("onSite", v.OnSite);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("employees", roster.Summary.Employees);
        writer.WriteNumber("workingDays", roster.Summary.WorkingDays);
        writer.WriteNumber("officeAssignments", roster.Summary.OfficeAssignments);
        writer.WriteNumber("homeAssignments", roster.Summary.HomeAssignments);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private JsonEncodedText DateText(DateOnly date)
    {
        var i = date.DayNumber - scenario.Period.From.DayNumber;
        return i >= 0 && i < dates.Length ? dates[i] : JsonEncodedText.Encode(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The JSON array of the set's shift codes, in the policy's order.</summary>
    private byte[] ShiftList(ShiftSet set) => shiftLists[set.Bits & 0xFF] ??= Encode(set);

    private byte[] Encode(ShiftSet set)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.Compact))
        {
            writer.WriteStartArray();
            foreach (var i in set.Indexes().Where(i => i < scenario.Policy.Shifts.Count))
            {
                writer.WriteStringValue(scenario.Policy.Shifts[i].Code);
            }
            writer.WriteEndArray();
        }
        return buffer.ToArray();
    }
}
