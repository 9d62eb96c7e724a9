using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// What the published roster gives an employee on one day: at the office in some of the policy's shifts (times in
/// the tenant's zone), at home, or off with the reason. <see cref="PolicyShifts"/> are all the circular's shifts:
/// a day at home is judged against their span, as its check-ins are (<see cref="RosteredDay.Hours"/>).
/// </summary>
public sealed record PlannedDay(WorkMode Mode, IReadOnlyList<Shift> Shifts, AssignmentReason Reason, IReadOnlyList<Shift>? PolicyShifts = null)
{
    /// <summary>The office shifts given on an office day; the policy's working day otherwise (07:30–16:00 without shifts).</summary>
    public WorkingHours Hours =>
        Mode == WorkMode.Office && Shifts.Count > 0 ? WorkingHours.Of(Shifts) : WorkingHours.Of(PolicyShifts ?? []);

    public static PlannedDay Office(AssignmentReason reason, params Shift[] shifts) => new(WorkMode.Office, shifts, reason);

    public static PlannedDay Home(AssignmentReason reason = AssignmentReason.Home) => new(WorkMode.Home, [], reason);

    public static PlannedDay Off(AssignmentReason reason) => new(WorkMode.Off, [], reason);
}
