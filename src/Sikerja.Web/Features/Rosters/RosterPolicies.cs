using Sikerja.Domain;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Policies;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// The published circular a roster of a period is planned under. At most one is in force on a day; a roster is
/// planned under one, so a period that meets two circulars is refused, with the day the second one begins.
/// </summary>
public sealed class RosterPolicies(PoliciesInForce policies)
{
    public async Task<(Policy? Policy, Problem? Problem)> InForceAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        return (await policies.OverlappingAsync(from, to, ct)) switch
        {
            [] => (null, new Problem("from", $"tidak ada surat edaran terbit yang berlaku pada {from:yyyy-MM-dd} s.d. {to:yyyy-MM-dd}")),
            [var only] => (only, null),
            [var first, var second, ..] => (null, new Problem("to",
                $"periode ini mencakup lebih dari satu surat edaran: {first.Number} dan {second.Number} (berlaku mulai {second.EffectiveFrom:yyyy-MM-dd}); " +
                $"buat jadwal terpisah sebelum dan sesudah {second.EffectiveFrom:yyyy-MM-dd}")),
        };
    }
}
