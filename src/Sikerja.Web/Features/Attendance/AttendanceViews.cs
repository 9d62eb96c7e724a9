using Sikerja.Domain.Attendance;

namespace Sikerja.Web.Features.Attendance;

/// <summary>One employee's status on one day.</summary>
public sealed record AttendanceRow(AttendanceEmployee Employee, DayAttendance Day);

/// <summary>The caller's own status on a day.</summary>
public sealed record OwnDay(DateOnly Date, string TimeZoneId, AttendanceRow Row);

/// <summary>How many employees have each status (every status present, zero or not).</summary>
public sealed record StatusCounts(IReadOnlyDictionary<DailyStatus, int> ByStatus)
{
    public int this[DailyStatus status] => ByStatus[status];

    public int Total => ByStatus.Values.Sum();

    public static StatusCounts Of(IEnumerable<DayAttendance> days)
    {
        var counts = Enum.GetValues<DailyStatus>().ToDictionary(s => s, _ => 0);
        foreach (var d in days)
        {
            counts[d.Status]++;
        }
        return new StatusCounts(counts);
    }
}

/// <summary>A supervisor's team (everyone below in the reporting lines) on one day.</summary>
public sealed record TeamDay(DateOnly Date, string TimeZoneId, bool IsToday, StatusCounts Counts, IReadOnlyList<AttendanceRow> Rows);

/// <summary>One unit's counts within an agency's day.</summary>
public sealed record UnitCounts(Guid UnitId, string UnitName, StatusCounts Counts);

/// <summary>
/// An agency (a unit's subtree) on one day: counts per status and per unit, and the employees of the chosen
/// status (every employee without one).
/// </summary>
public sealed record AgencyDay(
    Guid AgencyId, string AgencyName, DateOnly Date, string TimeZoneId, bool IsToday, StatusCounts Counts, IReadOnlyList<UnitCounts> Units,
    DailyStatus? Filter, IReadOnlyList<AttendanceRow> Rows);
