using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// The JSON columns of a <see cref="RosterPlan"/>: the policy snapshot and the shortfalls and violations, written
/// as the scenario and roster formats write them (camelCase, enums by name, times as "HH:mm").
/// </summary>
public static class PlanRecords
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new HourMinuteConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(PolicyRules policy) => JsonSerializer.Serialize(policy, Options);

    public static string Write(IReadOnlyList<Shortfall> shortfalls) => JsonSerializer.Serialize(shortfalls, Options);

    public static string Write(IReadOnlyList<CapViolation> violations) => JsonSerializer.Serialize(violations, Options);

    public static PolicyRules Policy(this RosterPlan plan) =>
        JsonSerializer.Deserialize<PolicyRules>(plan.PolicySnapshot, Options) ?? throw new JsonException($"Roster {plan.Id} has no policy.");

    public static IReadOnlyList<Shortfall> ShortfallList(this RosterPlan plan) =>
        JsonSerializer.Deserialize<List<Shortfall>>(plan.Shortfalls, Options) ?? [];

    public static IReadOnlyList<CapViolation> ViolationList(this RosterPlan plan) =>
        JsonSerializer.Deserialize<List<CapViolation>>(plan.Violations, Options) ?? [];

    private sealed class HourMinuteConverter : JsonConverter<TimeOnly>
    {
        public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeOnly.ParseExact(reader.GetString() ?? "", "HH:mm", CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
    }
}
