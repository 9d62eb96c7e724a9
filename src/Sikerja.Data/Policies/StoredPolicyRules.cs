using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sikerja.Domain.Policies;

namespace Sikerja.Data.Policies;

/// <summary>
/// A policy's rules in one text column, written as the spec's <c>policy</c> object (camelCase, enums by name,
/// times as "HH:mm", a selector's unused fields left out), so that the column reads like an exported policy.
/// </summary>
internal static class StoredPolicyRules
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(), new HourMinuteConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitUnusedSelectorFields } },
    };

    public static string Write(PolicyRules rules) => JsonSerializer.Serialize(rules, Options);

    public static PolicyRules Read(string json) =>
        JsonSerializer.Deserialize<PolicyRules>(json, Options) ?? throw new JsonException("A stored policy is empty.");

    public static readonly ValueConverter<PolicyRules, string> Converter = new(r => Write(r), s => Read(s));

    /// <summary>Rules are immutable records holding lists: two are the same when they write the same JSON.</summary>
    public static readonly ValueComparer<PolicyRules> Comparer = new(
        (a, b) => ReferenceEquals(a, b) || (a != null && b != null && Write(a) == Write(b)),
        r => Write(r).GetHashCode(StringComparison.Ordinal),
        r => r);

    private static void OmitUnusedSelectorFields(JsonTypeInfo info)
    {
        if (info.Type != typeof(Selector))
        {
            return;
        }
        foreach (var property in info.Properties)
        {
            property.ShouldSerialize = (_, value) => value is not null;
        }
    }

    private sealed class HourMinuteConverter : JsonConverter<TimeOnly>
    {
        public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeOnly.ParseExact(reader.GetString() ?? "", "HH:mm", CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
    }
}
