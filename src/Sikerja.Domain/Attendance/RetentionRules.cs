namespace Sikerja.Domain.Attendance;

/// <summary>Which days' personal data a tenant's retention periods let go.</summary>
public static class RetentionRules
{
    /// <summary>The first day still kept in full: every day before it is reduced. A period of at least one day is kept.</summary>
    public static DateOnly FirstKeptDay(DateOnly today, int retentionDays) => today.AddDays(-Math.Max(1, retentionDays));
}
