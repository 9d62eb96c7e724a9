using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// What the published roster gives an employee on a working day, as a check-in is judged against it: the mode
/// (null when no published roster covers the day), the policy's shifts and the office shifts given.
/// </summary>
public sealed record RosteredDay(WorkMode? Mode, IReadOnlyList<Shift> PolicyShifts, IReadOnlyList<int> OfficeShifts)
{
    public static readonly RosteredDay NotPlanned = new(null, [], []);

    /// <summary>
    /// The hours of the day: the office shifts given on an office day; on any other day the policy's working day
    /// (its first shift's start to its last shift's end, 07:30–16:00 when it names no shifts).
    /// </summary>
    public WorkingHours Hours => Mode == WorkMode.Office ? WorkingHours.OfOfficeDay(PolicyShifts, OfficeShifts) : WorkingHours.Of(PolicyShifts);

    /// <summary>Whether the roster gives this mode on this day; a record in any other is accepted as not scheduled.</summary>
    public bool Gives(WorkMode mode) => Mode == mode && mode != WorkMode.Off;
}
