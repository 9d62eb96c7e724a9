namespace Sikerja.Domain.Reports;

/// <summary>A tenant's rules for daily reports; a tenant without a row uses the defaults.</summary>
public sealed class ReportSettings : ITenantOwned
{
    public Guid TenantId { get; set; }

    /// <summary>Working days after the work date the deadline falls on: 0 the same day, 1 the next working day.</summary>
    public int DeadlineWorkingDays { get; set; } = 1;

    /// <summary>The time of day of the deadline, in the tenant's zone.</summary>
    public TimeOnly DeadlineTime { get; set; } = new(10, 0);

    /// <summary>When, on a working day, those who owe a report are reminded (tenant zone).</summary>
    public TimeOnly ReminderTime { get; set; } = new(16, 0);
}
