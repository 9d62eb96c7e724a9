using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Domain.Policies;

/// <summary>
/// What a circular (Surat Edaran) decides about where people work: the <c>policy</c> object of
/// shared/spec/roster-scenario.md, field for field. <see cref="EffectiveUntil"/> null means until revoked.
/// </summary>
public sealed record PolicyRules(
    string Number,
    string Title,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveUntil,
    IReadOnlyList<Employment> AppliesTo,
    IReadOnlyList<OrgUnitType> ExemptUnitTypes,
    IReadOnlyList<string> ExemptUnits,
    IReadOnlyList<Shift> Shifts,
    IReadOnlyList<Selector> AlwaysOnSite,
    IReadOnlyList<MinimumRule> MinimumOnSite,
    decimal? MaxOnSiteFraction,
    Staffing Staffing)
{
    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveUntil is not { } until || date <= until);

    /// <summary>The cap of a top-level unit with <paramref name="covered"/> covered, non-exempt employees:
    /// max(1, floor(f × N)), computed in decimal so that 0.29 × 100 is 29; null without a cap.</summary>
    public int? CapFor(int covered) =>
        MaxOnSiteFraction is { } f ? Math.Max(1, (int)decimal.Floor(f * covered)) : null;
}
