namespace Sikerja.Domain.Attendance;

/// <summary>A visitor registered at an office's desk: on that office's presence list for contact tracing.</summary>
public sealed class OfficeVisit : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }

    /// <summary>The office (unit) visited.</summary>
    public Guid UnitId { get; set; }

    public DateOnly Date { get; set; }
    public required string VisitorName { get; set; }
    public required string Phone { get; set; }

    /// <summary>The employee met, when they are one; otherwise <see cref="MetName"/> says whom.</summary>
    public Guid? MetEmployeeId { get; set; }
    public string? MetName { get; set; }

    public DateTime ArrivedAt { get; set; }
    public DateTime? LeftAt { get; set; }
    public Guid? RecordedBy { get; set; }
}
