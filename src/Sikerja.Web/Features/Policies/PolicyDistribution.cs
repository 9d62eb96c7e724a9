using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Policies;

namespace Sikerja.Web.Features.Policies;

/// <summary>Sends a circular being published to every active employee it covers: one acknowledgement row each,
/// saved with the publication.</summary>
public sealed class PolicyDistribution(SikerjaDbContext db)
{
    public async Task<IReadOnlyList<Guid>> AddRecipientsAsync(Policy policy, DateTime now, CancellationToken ct)
    {
        var covered = policy.Rules.AppliesTo.ToList();
        var people = await db.Employees.AsNoTracking()
            .Where(e => e.IsActive && covered.Contains(e.Employment))
            .Join(db.OrgUnits, e => e.UnitId, u => u.Id, (e, u) => new { e.Id, u.Path })
            .ToListAsync(ct);
        db.PolicyAcknowledgements.AddRange(people.Select(p => new PolicyAcknowledgement
        {
            TenantId = policy.TenantId,
            PolicyId = policy.Id,
            EmployeeId = p.Id,
            AgencyId = AgencyOf(p.Path),
            SentAt = now,
        }));
        return [.. people.Select(p => p.Id)];
    }

    /// <summary>The top-level unit of a unit path: its first segment.</summary>
    public static Guid AgencyOf(string unitPath) => Guid.ParseExact(unitPath.AsSpan(0, 32), "N");
}
