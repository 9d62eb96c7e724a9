using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// One attendance record (presensi): a check-in or check-out of an employee on a working day, at the office or at
/// home. <see cref="ClientId"/> is made by the phone before it is sent, so a retry or a double tap finds the record
/// already stored instead of making a second one. Both the phone's clock (<see cref="DeviceAt"/>) and the
/// server's (<see cref="ReceivedAt"/>) are kept: an offline check-in arrives late but counts at the device time.
/// Location and photo are personal data, reduced after the tenant's retention period.
/// </summary>
public sealed class CheckIn : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid EmployeeId { get; set; }

    /// <summary>The id the phone gave this record; unique per tenant.</summary>
    public Guid ClientId { get; set; }

    public CheckDirection Direction { get; set; }
    public WorkMode Mode { get; set; }
    public CheckInMethod Method { get; set; }

    /// <summary>The working day (tenant date) the record belongs to.</summary>
    public DateOnly WorkDate { get; set; }

    /// <summary>The shift of the roster the record was judged against; null when the day has no shifts or none was given.</summary>
    public string? Shift { get; set; }

    /// <summary>When it happened by the phone's clock (UTC).</summary>
    public DateTime DeviceAt { get; set; }

    /// <summary>When the server received it (UTC).</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary>The office (unit) of a WFO record.</summary>
    public Guid? UnitId { get; set; }

    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public double? AccuracyMetres { get; set; }

    /// <summary>Minutes after the shift's start (check-in) or before its end (check-out); 0 when on time.</summary>
    public int MinutesOff { get; set; }

    public AttendanceFlags Flags { get; set; }

    /// <summary>Why an admin recorded it by hand (<see cref="CheckInMethod.Manual"/>).</summary>
    public string? ManualReason { get; set; }

    /// <summary>The account that recorded it: the employee, or the admin of a manual record.</summary>
    public Guid? RecordedBy { get; set; }

    /// <summary>True once location and photo were removed by the retention rule.</summary>
    public bool Reduced { get; set; }
}
