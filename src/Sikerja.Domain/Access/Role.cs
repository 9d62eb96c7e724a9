namespace Sikerja.Domain.Access;

/// <summary>
/// The rights a user can be granted. Every signed-in employee is an employee; being a supervisor follows from
/// the reporting lines and is never granted.
/// </summary>
public enum Role
{
    /// <summary>Admin of one agency (Perangkat Daerah): its units and people only.</summary>
    AgencyAdmin,

    /// <summary>The regional HR/organisation office: everything in the tenant.</summary>
    TenantAdmin,

    /// <summary>Regent, Sekda, Asisten: read everything of the tenant.</summary>
    Leadership,

    /// <summary>Health officers (contact tracing).</summary>
    HealthOfficer,

    /// <summary>Runs the installation: creates tenants and their first admins.</summary>
    SystemAdmin,
}
