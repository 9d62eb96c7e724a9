using Sikerja.Domain.Access;

namespace Sikerja.Web.Access;

/// <summary>
/// Who is calling and what they may do, loaded once per request from the database (so a revoked right takes
/// effect at once, on every node). Supervision follows from the reporting lines and is resolved on demand.
/// </summary>
public sealed class CurrentUser
{
    public bool IsAuthenticated => UserId is not null;
    public Guid? UserId { get; private set; }
    public string DisplayName { get; private set; } = "";
    public Guid? TenantId { get; private set; }
    public Guid? EmployeeId { get; private set; }
    public IReadOnlySet<Role> Roles { get; private set; } = new HashSet<Role>();

    /// <summary>The top-level units this user administers as agency admin.</summary>
    public IReadOnlySet<Guid> AdminOfAgencies { get; private set; } = new HashSet<Guid>();

    public bool IsSystemAdmin => Roles.Contains(Role.SystemAdmin);
    public bool IsTenantAdmin => Roles.Contains(Role.TenantAdmin);
    public bool IsLeadership => Roles.Contains(Role.Leadership);
    public bool IsHealthOfficer => Roles.Contains(Role.HealthOfficer);
    public bool IsAgencyAdmin => AdminOfAgencies.Count > 0;

    /// <summary>Reads every unit and person of the tenant (tenant admins and leadership).</summary>
    public bool ReadsWholeTenant => IsTenantAdmin || IsLeadership;

    /// <summary>
    /// The command line reading one tenant as leadership reads it (every unit and person, read only), with no account
    /// and no employee. No web request comes here: those sign in through <see cref="SignedIn"/>.
    /// </summary>
    public void ReadsTenantForCommandLine(Guid tenantId)
    {
        UserId = null;
        DisplayName = "cli";
        TenantId = tenantId;
        EmployeeId = null;
        Roles = new HashSet<Role> { Role.Leadership };
        AdminOfAgencies = new HashSet<Guid>();
    }

    public void SignedIn(Guid userId, string displayName, Guid? tenantId, Guid? employeeId, IEnumerable<Role> roles, IEnumerable<Guid> agencies)
    {
        UserId = userId;
        DisplayName = displayName;
        TenantId = tenantId;
        EmployeeId = employeeId;
        Roles = roles.ToHashSet();
        AdminOfAgencies = agencies.ToHashSet();
    }
}
