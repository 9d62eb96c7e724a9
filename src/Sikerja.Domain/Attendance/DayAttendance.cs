using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// An employee's attendance on one day: the status and the facts a supervisor looks at beside it. Instants are UTC.
/// </summary>
/// <param name="Mode">Where the employee checked in (the first check-in's mode); null without a check-in.</param>
/// <param name="LateMinutes">Minutes after the first shift's start of a late check-in; 0 otherwise.</param>
/// <param name="EarlyLeaveMinutes">Minutes before the last shift's end of the check-out; 0 otherwise.</param>
/// <param name="NoCheckOut">The day closed at the shift's end with a check-in and no check-out.</param>
/// <param name="NotScheduled">A record on a day or in a mode the roster does not give.</param>
/// <param name="Manual">At least one record was made by an admin by hand.</param>
/// <param name="Closed">The expected day has ended (or the status cannot change any more): the status is final.</param>
public sealed record DayAttendance(
    DailyStatus Status,
    WorkMode? Mode = null,
    DateTime? CheckedInAt = null,
    DateTime? CheckedOutAt = null,
    int LateMinutes = 0,
    int EarlyLeaveMinutes = 0,
    bool NoCheckOut = false,
    bool NotScheduled = false,
    bool Manual = false,
    bool Closed = true)
{
    public bool IsPresent => Status is DailyStatus.PresentAtOffice or DailyStatus.PresentAtHome or DailyStatus.Late;
}
