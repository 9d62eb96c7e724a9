namespace Sikerja.Domain.Attendance;

/// <summary>What a supervisor should look at in a record. A flagged record is still accepted.</summary>
[Flags]
public enum AttendanceFlags
{
    None = 0,

    /// <summary>The roster does not give this day or this mode to the employee.</summary>
    NotScheduled = 1,

    /// <summary>The phone's time and the time received are far apart (an offline record, or a wrong clock).</summary>
    ClockGap = 2,

    /// <summary>The location's accuracy is worse than the tenant accepts.</summary>
    PoorAccuracy = 4,

    /// <summary>The distance from the previous record could not have been travelled in the time between.</summary>
    ImpossibleJump = 8,

    /// <summary>The location is identical to the metre to earlier days' (a replayed or faked location).</summary>
    RepeatedLocation = 16,

    /// <summary>A WFH record away from the registered home area.</summary>
    OutsideHomeArea = 32,

    /// <summary>The day closed at the shift's end without a check-out.</summary>
    NoCheckOut = 64,
}
