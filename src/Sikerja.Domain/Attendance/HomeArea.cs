namespace Sikerja.Domain.Attendance;

/// <summary>
/// Where an employee lives, registered for WFH check-ins where the tenant turns the check on. Personal data:
/// shown only to the employee and the admins of their agency.
/// </summary>
public sealed class HomeArea : ITenantOwned
{
    public const int DefaultRadiusMetres = 500;

    public Guid EmployeeId { get; set; }
    public Guid TenantId { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public int RadiusMetres { get; set; } = DefaultRadiusMetres;
    public DateTime RegisteredAt { get; set; }
}
