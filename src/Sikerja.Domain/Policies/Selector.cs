using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Domain.Policies;

/// <summary>
/// Picks employees by level, title, the type of unit they head and employment. A field left null does not
/// restrict; a field given matches any of its values, so an empty list matches no one; an empty selector
/// matches everyone.
/// </summary>
public sealed record Selector(
    IReadOnlyList<PositionLevel>? Levels = null,
    IReadOnlyList<string>? Titles = null,
    IReadOnlyList<OrgUnitType>? HeadOfUnitTypes = null,
    IReadOnlyList<Employment>? Employment = null)
{
    /// <param name="headOfType">The type of the unit the employee heads, or null when they head none.</param>
    public bool Matches(PositionLevel level, string? title, OrgUnitType? headOfType, Employment employment) =>
        (Levels is null || Levels.Contains(level))
        && (Titles is null || (title is not null && Titles.Contains(title, StringComparer.Ordinal)))
        && (HeadOfUnitTypes is null || (headOfType is { } type && HeadOfUnitTypes.Contains(type)))
        && (Employment is null || Employment.Contains(employment));
}
