using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Audit;
using Sikerja.Data.Tenancy;

namespace Sikerja.Web.Access;

/// <summary>
/// Loads an account's rights into the scope: <see cref="CurrentUser"/>, the tenant every query is filtered to,
/// and the actor named in the audit trail. Returns false for an unknown or locked-out account, and for a
/// cookie or token issued before the account's security stamp changed (password reset, second factor changed).
/// </summary>
public sealed class CurrentUserLoader(SikerjaDbContext db, CurrentUser currentUser, TenantScope scope, AuditActor actor, TimeProvider time)
{
    public bool MustChangePassword { get; private set; }

    public Task<bool> LoadAsync(Guid userId, CancellationToken ct) => LoadAsync(userId, securityStamp: null, ct);

    /// <param name="securityStamp">The stamp the cookie or token was issued with; null when the caller has none to check.</param>
    public async Task<bool> LoadAsync(Guid userId, string? securityStamp, CancellationToken ct)
    {
        // One round trip on every request: the account and its grants in its own tenant.
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.TenantId, u.EmployeeId, u.LockoutEnd, u.MustChangePassword, u.SecurityStamp,
                Grants = db.RoleGrants.Where(g => g.UserId == u.Id && g.TenantId == u.TenantId).Select(g => new { g.Role, g.AgencyId }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (user is null || user.LockoutEnd > time.GetUtcNow() || (securityStamp is not null && securityStamp != user.SecurityStamp))
        {
            return false;
        }
        var grants = user.Grants;
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
