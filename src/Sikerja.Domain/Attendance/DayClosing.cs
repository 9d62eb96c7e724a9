namespace Sikerja.Domain.Attendance;

/// <summary>
/// A day closes at its last shift's end. A checked-in day closed without a later check-out is marked "no check-out"
/// for the supervisor; nothing else follows from it (the next day's check-in is never held up by it).
/// </summary>
public static class DayClosing
{
    /// <summary>When the day closes, in the tenant's local time.</summary>
    public static DateTime ClosesAt(DateOnly workDate, WorkingHours hours) => workDate.ToDateTime(hours.End);

    /// <summary>Whether the day is closed at <paramref name="nowLocal"/> and its last check-in was not followed by a check-out.</summary>
    public static bool NoCheckOut(DateOnly workDate, WorkingHours hours, DateTime nowLocal, IEnumerable<(CheckDirection Direction, DateTime DeviceAtLocal)> records)
    {
        if (nowLocal < ClosesAt(workDate, hours))
        {
            return false;
        }
        var last = records.OrderBy(r => r.DeviceAtLocal).Select(r => (CheckDirection?)r.Direction).LastOrDefault();
        return last == CheckDirection.In;
    }
}
