using System.Text.Json;
using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>Writes <see cref="PolicyRules"/> as the <c>policy</c> object of the scenario format, every field
/// given (shifts and the cap included) so that the text says the whole policy.</summary>
internal static class PolicyWriting
{
    public static void Write(Utf8JsonWriter writer, PolicyRules policy)
    {
        writer.WriteStartObject();
        writer.WriteString("number", policy.Number);
        writer.WriteString("title", policy.Title);
        writer.WriteString("effectiveFrom", JsonText.Date(policy.EffectiveFrom));
        if (policy.EffectiveUntil is { } until)
        {
            writer.WriteString("effectiveUntil", JsonText.Date(until));
        }
        else
        {
            writer.WriteNull("effectiveUntil");
        }
        Names(writer, "appliesTo", policy.AppliesTo);
        Names(writer, "exemptUnitTypes", policy.ExemptUnitTypes);
        Texts(writer, "exemptUnits", policy.ExemptUnits);
        writer.WriteStartArray("shifts");
        foreach (var shift in policy.Shifts)
        {
            writer.WriteStartObject();
            writer.WriteString("code", shift.Code);
            writer.WriteString("start", JsonText.Time(shift.Start));
            writer.WriteString("end", JsonText.Time(shift.End));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("alwaysOnSite");
        foreach (var selector in policy.AlwaysOnSite)
        {
            Selector(writer, selector);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("minimumOnSite");
        foreach (var rule in policy.MinimumOnSite)
        {
            writer.WriteStartObject();
            writer.WriteString("per", rule.Per.ToString());
            writer.WritePropertyName("select");
            Selector(writer, rule.Select);
            writer.WriteNumber("count", rule.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (policy.MaxOnSiteFraction is { } fraction)
        {
            writer.WriteNumber("maxOnSiteFraction", fraction);
        }
        else
        {
            writer.WriteNull("maxOnSiteFraction");
        }
        writer.WriteString("staffing", policy.Staffing.ToString());
        writer.WriteEndObject();
    }

    private static void Selector(Utf8JsonWriter writer, Selector selector)
    {
        writer.WriteStartObject();
        if (selector.Levels is { } levels)
        {
            Names(writer, "levels", levels);
        }
        if (selector.Titles is { } titles)
        {
            Texts(writer, "titles", titles);
        }
        if (selector.HeadOfUnitTypes is { } types)
        {
            Names(writer, "headOfUnitTypes", types);
        }
        if (selector.Employment is { } employment)
        {
            Names(writer, "employment", employment);
        }
        writer.WriteEndObject();
    }

    private static void Names<T>(Utf8JsonWriter writer, string name, IEnumerable<T> values)
        where T : struct, Enum =>
        Texts(writer, name, values.Select(v => v.ToString()));

    public static void Texts(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }
}
