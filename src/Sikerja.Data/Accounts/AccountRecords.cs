using Microsoft.AspNetCore.Identity;

namespace Sikerja.Data.Accounts;

/// <summary>
/// Identity's per-account rows (authenticator keys, recovery codes, claims, external logins) carry the tenant of
/// their account like every other tenant-owned row, so that the data can be distributed or split by tenant.
/// The tenant is filled in on save from the account (see <see cref="AccountTenant"/>).
/// </summary>
public interface IAccountRecord
{
    Guid UserId { get; }

    Guid? TenantId { get; set; }
}

public sealed class AppUserToken : IdentityUserToken<Guid>, IAccountRecord
{
    public Guid? TenantId { get; set; }
}

public sealed class AppUserClaim : IdentityUserClaim<Guid>, IAccountRecord
{
    public Guid? TenantId { get; set; }
}

public sealed class AppUserLogin : IdentityUserLogin<Guid>, IAccountRecord
{
    public Guid? TenantId { get; set; }
}
