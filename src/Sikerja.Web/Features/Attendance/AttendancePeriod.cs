using Sikerja.Domain.Attendance;

namespace Sikerja.Web.Features.Attendance;

/// <summary>One employee's attendance on every date of a period, <c>Days[i]</c> being the i-th date from the first.</summary>
public sealed record EmployeeAttendance(AttendanceEmployee Employee, IReadOnlyList<DayAttendance> Days);

/// <summary>The attendance of a set of employees over a period, with the zone its times are in and its working days.</summary>
public sealed record AttendancePeriod(
    DateOnly From, DateOnly To, string TimeZoneId, DateOnly Today, IReadOnlySet<DateOnly> WorkingDays, IReadOnlyList<EmployeeAttendance> Employees);
