using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Policies;

/// <summary>
/// What makes a policy's rules meaningful on their own (roster-scenario.md): a number, effective dates in order,
/// one to <see cref="ShiftSet.MaxShifts"/> shifts with distinct codes that end after they start, a cap fraction
/// in (0, 1] and minimum counts of at least one. Problems name the field's JSON path below
/// <paramref name="prefix"/> (e.g. <c>policy.shifts[1].end</c>).
/// </summary>
public static class PolicyValidation
{
    public static IEnumerable<Problem> Validate(PolicyRules policy, string prefix = "")
    {
        if (string.IsNullOrWhiteSpace(policy.Number))
        {
            yield return new Problem($"{prefix}number", "must not be empty");
        }
        if (policy.EffectiveUntil is { } until && until < policy.EffectiveFrom)
        {
            yield return new Problem($"{prefix}effectiveUntil", $"{until:yyyy-MM-dd} is before effectiveFrom {policy.EffectiveFrom:yyyy-MM-dd}");
        }
        if (policy.Shifts.Count == 0)
        {
            yield return new Problem($"{prefix}shifts", "a policy has at least one shift (leave the field out for the default FULL 07:30–16:00)");
        }
        if (policy.Shifts.Count > ShiftSet.MaxShifts)
        {
            yield return new Problem($"{prefix}shifts", $"{policy.Shifts.Count} shifts; at most {ShiftSet.MaxShifts}");
        }
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < policy.Shifts.Count; i++)
        {
            var shift = policy.Shifts[i];
            if (string.IsNullOrWhiteSpace(shift.Code))
            {
                yield return new Problem($"{prefix}shifts[{i}].code", "must not be empty");
            }
            else if (!codes.TryAdd(shift.Code, i))
            {
                yield return new Problem($"{prefix}shifts[{i}].code", $"duplicate shift code '{shift.Code}' (also shifts[{codes[shift.Code]}])");
            }
            if (shift.End <= shift.Start)
            {
                yield return new Problem($"{prefix}shifts[{i}].end", $"{shift.End:HH:mm} is not after start {shift.Start:HH:mm}");
            }
        }
        if (policy.MaxOnSiteFraction is { } fraction && fraction is <= 0 or > 1)
        {
            yield return new Problem($"{prefix}maxOnSiteFraction", $"{fraction} is outside (0, 1]; use null for no cap");
        }
        for (var i = 0; i < policy.MinimumOnSite.Count; i++)
        {
            if (policy.MinimumOnSite[i].Count < 1)
            {
                yield return new Problem($"{prefix}minimumOnSite[{i}].count", $"must be at least 1 (found {policy.MinimumOnSite[i].Count})");
            }
        }
    }
}
