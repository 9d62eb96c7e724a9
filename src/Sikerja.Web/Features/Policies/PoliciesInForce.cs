using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Policies;

namespace Sikerja.Web.Features.Policies;

/// <summary>
/// Which published circulars of the current tenant (the context's filter) apply when: for rosters, simulation and
/// the pages. It checks no rights: callers decide who may see what. Superseded and revoked versions count for the
/// days they were in force; a version ended before it began never does.
/// </summary>
public sealed class PoliciesInForce(SikerjaDbContext db)
{
    /// <summary>The circular in force on <paramref name="day"/>, or null; there is at most one.</summary>
    public async Task<Policy?> OnAsync(DateOnly day, CancellationToken ct) =>
        await Published()
            .Where(p => p.EffectiveFrom <= day && (p.EffectiveUntil == null || p.EffectiveUntil >= day))
            .OrderByDescending(p => p.EffectiveFrom)
            .FirstOrDefaultAsync(ct);

    /// <summary>The circulars in force on some day of [<paramref name="from"/>, <paramref name="to"/>], by start date.</summary>
    public async Task<IReadOnlyList<Policy>> OverlappingAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await Published()
            .Where(p => p.EffectiveFrom <= to && (p.EffectiveUntil == null || (p.EffectiveUntil >= from && p.EffectiveUntil >= p.EffectiveFrom)))
            .OrderBy(p => p.EffectiveFrom)
            .ToListAsync(ct);

    private IQueryable<Policy> Published() => db.Policies.AsNoTracking().Where(p => p.Status != PolicyStatus.Draft);
}
