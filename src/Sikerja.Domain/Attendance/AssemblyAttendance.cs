namespace Sikerja.Domain.Attendance;

/// <summary>An employee's attendance at a morning assembly, recorded like a check-in (client id, device time).</summary>
public sealed class AssemblyAttendance : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid AssemblyId { get; set; }
    public Guid EmployeeId { get; set; }
    public Guid ClientId { get; set; }
    public CheckInMethod Method { get; set; }
    public DateTime DeviceAt { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string? ManualReason { get; set; }
    public Guid? RecordedBy { get; set; }
}
