using Sikerja.Data.Audit;
using Sikerja.Data.Tenancy;

namespace Sikerja.Web.Access;

/// <summary>
/// Loads an account's rights into the scope: <see cref="CurrentUser"/>, the tenant every query is filtered to,
/// and the actor named in the audit trail. Returns false for an unknown or locked-out account, and for a
/// cookie or token issued before the account's security stamp changed (password reset, second factor changed).
/// </summary>
public sealed class CurrentUserLoader(AccountReader accounts, CurrentUser currentUser, TenantScope scope, AuditActor actor, TimeProvider time)
{
    public bool MustChangePassword { get; private set; }

    public Task<bool> LoadAsync(Guid userId, CancellationToken ct) => LoadAsync(userId, securityStamp: null, ct);

    /// <param name="securityStamp">The stamp the cookie or token was issued with; null when the caller has none to check.</param>
    public async Task<bool> LoadAsync(Guid userId, string? securityStamp, CancellationToken ct)
    {
        // On every request; concurrent requests share the statement.
        var user = await accounts.ReadAsync(userId).WaitAsync(ct);
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
