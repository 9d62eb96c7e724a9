using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Audit;
using Sikerja.Data.Tenancy;

namespace Sikerja.Web.Access;

/// <summary>
/// Loads an account's rights into the scope: <see cref="CurrentUser"/>, the tenant every query is filtered to,
/// and the actor named in the audit trail. Returns false for an unknown or locked-out account.
/// </summary>
public sealed class CurrentUserLoader(SikerjaDbContext db, CurrentUser currentUser, TenantScope scope, AuditActor actor, TimeProvider time)
{
    public bool MustChangePassword { get; private set; }

    public async Task<bool> LoadAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.DisplayName, u.TenantId, u.EmployeeId, u.LockoutEnd, u.MustChangePassword })
            .SingleOrDefaultAsync(ct);
        if (user is null || user.LockoutEnd > time.GetUtcNow())
        {
            return false;
        }
        var grants = await db.RoleGrants.AsNoTracking()
            .Where(g => g.UserId == userId && g.TenantId == user.TenantId)
            .Select(g => new { g.Role, g.AgencyId })
            .ToListAsync(ct);
        currentUser.SignedIn(
            user.Id,
            user.DisplayName,
            user.TenantId,
            user.EmployeeId,
            grants.Select(g => g.Role),
            grants.Where(g => g.AgencyId is not null).Select(g => g.AgencyId!.Value));
        if (user.TenantId is { } tenant)
        {
            scope.Enter(tenant);
        }
        actor.Set(user.Id, user.DisplayName);
        MustChangePassword = user.MustChangePassword;
        return true;
    }
}
