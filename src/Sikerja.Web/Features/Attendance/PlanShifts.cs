using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sikerja.Data;
using Sikerja.Domain.Policies;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// The shifts of a roster plan's policy snapshot. A snapshot never changes once the plan is made, so it is read
/// from the database once and then served from memory: the check-in hot path does not carry the policy's JSON.
/// </summary>
public sealed class PlanShifts(IMemoryCache cache)
{
    public async Task<IReadOnlyList<Shift>> OfAsync(SikerjaDbContext db, Guid planId, CancellationToken ct)
    {
        if (cache.TryGetValue<IReadOnlyList<Shift>>(("plan-shifts", planId), out var shifts) && shifts is not null)
        {
            return shifts;
        }
        var rules = await db.RosterPlans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.PolicySnapshot).SingleAsync(ct);
        shifts = rules.Shifts;
        cache.Set(("plan-shifts", planId), shifts, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(6), Size = 1 });
        return shifts;
    }
}
