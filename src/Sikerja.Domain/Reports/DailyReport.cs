namespace Sikerja.Domain.Reports;

/// <summary>
/// An employee's daily work report (Laporan Kinerja Harian) for one working day: its activities, and its way
/// through review by the direct superior (or the official the superior delegated review to).
/// </summary>
public sealed class DailyReport : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid EmployeeId { get; set; }
    public DateOnly WorkDate { get; set; }
    public ReportStatus Status { get; set; }

    /// <summary>The first submission; a correction after a return keeps it, so lateness is judged once.</summary>
    public DateTime? SubmittedAt { get; set; }

    /// <summary>Submitted after the tenant's deadline for <see cref="WorkDate"/>: accepted, and marked.</summary>
    public bool Late { get; set; }

    /// <summary>The employee who approved or returned it last.</summary>
    public Guid? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    /// <summary>Why it was returned: what to correct.</summary>
    public string? ReturnComment { get; set; }

    public DateTime UpdatedAt { get; set; }
}
