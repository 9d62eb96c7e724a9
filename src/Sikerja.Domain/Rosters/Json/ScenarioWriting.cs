using System.Text.Json;
using Sikerja.Domain.Calendar;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>Writes a scenario in the spec's field order; optional employee fields only when they say something.</summary>
internal static class ScenarioWriting
{
    /// <summary>Flush to the stream every so many employees, so that a province is never held whole in memory.</summary>
    private const int FlushEvery = 4096;

    public static void Write(Utf8JsonWriter writer, Scenario scenario)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("tenant");
        writer.WriteString("name", scenario.Tenant.Name);
        writer.WriteString("timeZone", scenario.Tenant.TimeZone);
        writer.WriteEndObject();
        writer.WriteStartObject("period");
        writer.WriteString("from", JsonText.Date(scenario.Period.From));
        writer.WriteString("to", JsonText.Date(scenario.Period.To));
        writer.WriteEndObject();
        writer.WriteStartObject("calendar");
        PolicyWriting.Texts(writer, "workDays", scenario.Calendar.WorkDays.ScenarioDayNames());
        writer.WriteStartArray("holidays");
        foreach (var day in scenario.Calendar.Holidays)
        {
            writer.WriteStringValue(JsonText.Date(day));
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("units");
        foreach (var unit in scenario.Units)
        {
            writer.WriteStartObject();
            writer.WriteString("id", unit.Id);
            writer.WriteString("name", unit.Name);
            writer.WriteString("type", unit.Type.ToString());
            writer.WriteString("parent", unit.Parent);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("employees");
        for (var i = 0; i < scenario.Employees.Count; i++)
        {
            Employee(writer, scenario.Employees[i]);
            if (i % FlushEvery == FlushEvery - 1)
            {
                writer.Flush();
            }
        }
        writer.WriteEndArray();
        writer.WritePropertyName("policy");
        PolicyWriting.Write(writer, scenario.Policy);
        writer.WriteEndObject();
    }

    private static void Employee(Utf8JsonWriter writer, ScenarioEmployee e)
    {
        writer.WriteStartObject();
        writer.WriteString("id", e.Id);
        writer.WriteString("name", e.Name);
        writer.WriteString("unit", e.Unit);
        writer.WriteString("employment", e.Employment.ToString());
        writer.WriteString("level", e.Level.ToString());
        if (e.Title is not null)
        {
            writer.WriteString("title", e.Title);
        }
        if (e.HeadOf is not null)
        {
            writer.WriteString("headOf", e.HeadOf);
        }
        if (e.PriorityHome)
        {
            writer.WriteBoolean("priorityHome", true);
        }
        if (e.Unavailable.Count > 0)
        {
            writer.WriteStartArray("unavailable");
            foreach (var day in e.Unavailable)
            {
                writer.WriteStringValue(JsonText.Date(day));
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
