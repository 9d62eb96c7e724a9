using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Audit;
using Sikerja.Data.Querying;
using Sikerja.Data.Tenancy;
using Sikerja.Domain.Access;

namespace Sikerja.Web.Access;

/// <summary>
/// Loads an account's rights into the scope: <see cref="CurrentUser"/>, the tenant every query is filtered to,
/// and the actor named in the audit trail. Returns false for an unknown or locked-out account, and for a
/// cookie or token issued before the account's security stamp changed (password reset, second factor changed).
/// </summary>
public sealed class CurrentUserLoader(SikerjaDbContext db, CurrentUser currentUser, TenantScope scope, AuditActor actor, TimeProvider time)
{
    private static readonly PerModelQuery<Func<SikerjaDbContext, Guid, Task<AccountRow?>>> AccountQuery = new(() => EF.CompileAsyncQuery(
        (SikerjaDbContext db, Guid userId) => db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new AccountRow
            {
                Id = u.Id,
                DisplayName = u.DisplayName,
                TenantId = u.TenantId,
                EmployeeId = u.EmployeeId,
                LockoutEnd = u.LockoutEnd,
                MustChangePassword = u.MustChangePassword,
                SecurityStamp = u.SecurityStamp,
                Grants = db.RoleGrants.Where(g => g.UserId == u.Id && g.TenantId == u.TenantId).Select(g => new GrantRow(g.Role, g.AgencyId)).ToList(),
            })
            .SingleOrDefault()));

    public bool MustChangePassword { get; private set; }

    public Task<bool> LoadAsync(Guid userId, CancellationToken ct) => LoadAsync(userId, securityStamp: null, ct);

    /// <param name="securityStamp">The stamp the cookie or token was issued with; null when the caller has none to check.</param>
    public async Task<bool> LoadAsync(Guid userId, string? securityStamp, CancellationToken ct)
    {
        // One round trip on every request, compiled once: the account and its grants in its own tenant.
        var user = await AccountQuery.For(db)(db, userId);
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

    private sealed class AccountRow
    {
        public Guid Id { get; init; }
        public string DisplayName { get; init; } = "";
        public Guid? TenantId { get; init; }
        public Guid? EmployeeId { get; init; }
        public DateTimeOffset? LockoutEnd { get; init; }
        public bool MustChangePassword { get; init; }
        public string? SecurityStamp { get; init; }
        public List<GrantRow> Grants { get; init; } = [];
    }

    private sealed record GrantRow(Role Role, Guid? AgencyId);
}
