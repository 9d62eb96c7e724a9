using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// The times a record of a day is judged against, in the tenant's zone: the first shift's start and the last
/// shift's end, with their shift codes.
/// </summary>
public sealed record WorkingHours(string FirstShift, TimeOnly Start, string LastShift, TimeOnly End)
{
    /// <summary>The span of the given shifts; the policy's full day when there are none.</summary>
    public static WorkingHours Of(IReadOnlyList<Shift> shifts)
    {
        if (shifts.Count == 0)
        {
            return Of([Shift.FullDay]);
        }
        var first = shifts.MinBy(s => s.Start)!;
        var last = shifts.MaxBy(s => s.End)!;
        return new WorkingHours(first.Code, first.Start, last.Code, last.End);
    }

    /// <summary>The shifts of an office day the roster gives (bits of <paramref name="assigned"/>), out of the policy's shifts.</summary>
    public static WorkingHours OfOfficeDay(IReadOnlyList<Shift> policyShifts, IEnumerable<int> assigned)
    {
        var shifts = policyShifts.Count == 0 ? [Shift.FullDay] : policyShifts;
        var given = assigned.Where(i => i < shifts.Count).Select(i => shifts[i]).ToList();
        return Of(given.Count == 0 ? shifts : given);
    }
}
