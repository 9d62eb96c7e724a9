using Sikerja.Domain.Access;

namespace Sikerja.Data.Accounts;

/// <summary>A right given to a user: in a tenant, and for an agency admin in one agency (a top-level unit).</summary>
public sealed class RoleGrant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }

    /// <summary>Null only for <see cref="Role.SystemAdmin"/>.</summary>
    public Guid? TenantId { get; set; }

    public Role Role { get; set; }

    /// <summary>The top-level unit an <see cref="Role.AgencyAdmin"/> administers.</summary>
    public Guid? AgencyId { get; set; }
}
