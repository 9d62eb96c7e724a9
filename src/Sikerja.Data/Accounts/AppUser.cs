using Microsoft.AspNetCore.Identity;

namespace Sikerja.Data.Accounts;

/// <summary>A sign-in account. Employees sign in with their NIP (non-ASN with a username); admins may have no employee record.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    /// <summary>Null only for system admins, who belong to no tenant.</summary>
    public Guid? TenantId { get; set; }

    public Guid? EmployeeId { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>Set on accounts created or reset by an admin: the next sign-in must choose a new password.</summary>
    public bool MustChangePassword { get; set; }
}
