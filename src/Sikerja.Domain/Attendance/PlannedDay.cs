using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// What the published roster gives an employee on one day: at the office in some of the policy's shifts (times in
/// the tenant's zone), at home, or off with the reason.
/// </summary>
public sealed record PlannedDay(WorkMode Mode, IReadOnlyList<Shift> Shifts, AssignmentReason Reason)
{
    public static PlannedDay Office(AssignmentReason reason, params Shift[] shifts) => new(WorkMode.Office, shifts, reason);

    public static PlannedDay Home(AssignmentReason reason = AssignmentReason.Home) => new(WorkMode.Home, [], reason);

    public static PlannedDay Off(AssignmentReason reason) => new(WorkMode.Off, [], reason);
}
