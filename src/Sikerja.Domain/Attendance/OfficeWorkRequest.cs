namespace Sikerja.Domain.Attendance;

/// <summary>
/// A WFH employee asks the direct superior to work at the office on a day (Kukar); approved, the day becomes an
/// office day of the roster and the employee is on the office's presence list.
/// </summary>
public sealed class OfficeWorkRequest : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid EmployeeId { get; set; }
    public DateOnly Date { get; set; }
    public required string Reason { get; set; }
    public RequestStatus Status { get; set; }
    public DateTime RequestedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
}
