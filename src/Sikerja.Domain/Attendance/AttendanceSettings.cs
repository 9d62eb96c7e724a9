namespace Sikerja.Domain.Attendance;

/// <summary>A tenant's attendance rules: what a check-in must carry and how long personal data is kept.</summary>
public sealed class AttendanceSettings : ITenantOwned
{
    public const int DefaultRetentionDays = 90;

    public Guid TenantId { get; set; }

    /// <summary>A check-in takes a live photo.</summary>
    public bool RequirePhoto { get; set; }

    /// <summary>A WFH check-in is compared with the employee's registered home area.</summary>
    public bool CheckHomeArea { get; set; }

    /// <summary>Minutes after a shift's start that still count as on time.</summary>
    public int LateToleranceMinutes { get; set; }

    /// <summary>A location less accurate than this (metres) is flagged and cannot prove presence inside an office radius.</summary>
    public int MaxAccuracyMetres { get; set; } = 100;

    /// <summary>A gap between device time and time received above this is flagged.</summary>
    public int ClockGapMinutes { get; set; } = 15;

    /// <summary>Days office presence lists are kept before they are reduced to counts.</summary>
    public int PresenceRetentionDays { get; set; } = DefaultRetentionDays;

    /// <summary>Days exact check-in locations and photos are kept.</summary>
    public int LocationRetentionDays { get; set; } = DefaultRetentionDays;

    /// <summary>Seconds an office QR code stays valid.</summary>
    public int QrLifetimeSeconds { get; set; } = 60;
}
