namespace Sikerja.Domain.Reports;

/// <summary>
/// A reminder sent to an employee about their report of one date: kept so that each kind goes out at most once
/// per employee and date, however often the reminder job runs.
/// </summary>
public sealed class ReportReminder : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid EmployeeId { get; set; }
    public DateOnly WorkDate { get; set; }
    public ReportReminderKind Kind { get; set; }
    public DateTime SentAt { get; set; }
}
