using System.Text.Json;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// The shortfalls and violations of a <see cref="RosterPlan"/>, kept as the roster format writes them.
/// </summary>
public static class PlanRecords
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<Shortfall> shortfalls) => JsonSerializer.Serialize(shortfalls, Options);

    public static string Write(IReadOnlyList<CapViolation> violations) => JsonSerializer.Serialize(violations, Options);

    public static IReadOnlyList<Shortfall> ShortfallList(this RosterPlan plan) =>
        JsonSerializer.Deserialize<List<Shortfall>>(plan.Shortfalls, Options) ?? [];

    public static IReadOnlyList<CapViolation> ViolationList(this RosterPlan plan) =>
        JsonSerializer.Deserialize<List<CapViolation>>(plan.Violations, Options) ?? [];
}
