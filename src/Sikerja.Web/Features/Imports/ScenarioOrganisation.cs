using System.Text.Json;
using System.Text.Json.Serialization;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// The <c>tenant</c>, <c>calendar</c>, <c>units</c> and <c>employees</c> parts of a roster scenario
/// (shared/spec/roster-scenario.md): unit ids are unit codes, employee ids are NIPs.
/// </summary>
public sealed record ScenarioOrganisation(
    ScenarioOrganisation.TenantPart Tenant,
    ScenarioOrganisation.CalendarPart Calendar,
    IReadOnlyList<ScenarioOrganisation.UnitPart> Units,
    IReadOnlyList<ScenarioOrganisation.EmployeePart> Employees)
{
    /// <summary>camelCase, enum names as written in the spec, optional fields left out when absent.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions);

    public sealed record TenantPart(string Name, string TimeZone);

    public sealed record CalendarPart(IReadOnlyList<string> WorkDays, IReadOnlyList<DateOnly> Holidays);

    /// <param name="Parent">The parent's code; null (written, not left out) for a top-level unit.</param>
    public sealed record UnitPart(string Id, string Name, OrgUnitType Type, string? Parent);

    /// <param name="PriorityHome">Health data: null, and left out, for callers who may not see it.</param>
    public sealed record EmployeePart(
        string Id,
        string Name,
        string Unit,
        Employment Employment,
        PositionLevel Level,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? HeadOf,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? PriorityHome);
}
