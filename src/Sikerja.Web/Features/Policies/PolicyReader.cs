using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;

namespace Sikerja.Web.Features.Policies;

/// <summary>Finds a circular the caller may read, and tells whether it covers the caller as an employee.</summary>
public sealed class PolicyReader(SikerjaDbContext db, PolicyAccess access)
{
    private Employee? _me;
    private bool _meLoaded;

    /// <summary>The caller's own employee record while active, or null.</summary>
    public async Task<Employee?> MeAsync(CancellationToken ct)
    {
        if (!_meLoaded)
        {
            _me = access.EmployeeId is { } id ? await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.IsActive, ct) : null;
            _meLoaded = true;
        }
        return _me;
    }

    /// <summary>A published circular covers an active employee whose employment it applies to.</summary>
    public static bool Covers(Policy policy, Employee? employee) =>
        policy.IsPublished && employee is not null && policy.Rules.AppliesTo.Contains(employee.Employment);

    /// <summary>The circular, tracked when asked, if the caller may read it; null when it is not there for them.</summary>
    public async Task<(Policy Policy, bool CoversMe)?> FindAsync(Guid id, bool tracked, CancellationToken ct)
    {
        if (!access.InTenant)
        {
            return null;
        }
        var query = tracked ? db.Policies : db.Policies.AsNoTracking();
        if (await query.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } policy)
        {
            return null;
        }
        var coversMe = Covers(policy, await MeAsync(ct));
        return access.MayRead(policy, coversMe) ? (policy, coversMe) : null;
    }
}
