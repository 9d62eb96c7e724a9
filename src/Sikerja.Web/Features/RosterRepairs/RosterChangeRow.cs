using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.RosterRepairs;

/// <summary>Where an employee was to work on a day: the mode, the shifts (of the roster's policy) and the rule behind it.</summary>
public sealed record DayPlace(WorkMode Mode, IReadOnlyList<Shift> Shifts, AssignmentReason Reason)
{
    public static DayPlace Of(WorkMode mode, ShiftSet shifts, AssignmentReason reason, IReadOnlyList<Shift> policyShifts) =>
        new(mode, mode == WorkMode.Office ? [.. shifts.Indexes().Where(i => i < policyShifts.Count).Select(i => policyShifts[i])] : [], reason);
}

/// <summary>
/// One changed assignment of a published roster as an admin reads it: who, which day, from where to where, and why
/// (with the recorded cause when the employee became unavailable: health data, shown to the admins who may see it).
/// </summary>
public sealed record RosterChangeRow(
    Guid EmployeeId, string Name, string Nip, DateOnly Date, DayPlace Before, DayPlace After, ChangeCause Cause, UnavailabilityCause? UnavailableBecause);
