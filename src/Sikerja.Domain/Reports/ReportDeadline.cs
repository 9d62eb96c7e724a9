using Sikerja.Domain.Calendar;

namespace Sikerja.Domain.Reports;

/// <summary>
/// When a day's report is due: <see cref="ReportSettings.DeadlineWorkingDays"/> working days after the work date
/// (0 the same day), at <see cref="ReportSettings.DeadlineTime"/> in the tenant's zone. Indonesian zones have no
/// daylight saving, so a local time maps to exactly one instant.
/// </summary>
public static class ReportDeadline
{
    /// <summary>The deadline of <paramref name="workDate"/>'s report, as a UTC instant.</summary>
    public static DateTime Of(DateOnly workDate, ReportSettings settings, WorkingCalendar calendar, TimeZoneInfo zone)
    {
        var day = workDate;
        for (var i = 0; i < settings.DeadlineWorkingDays; i++)
        {
            day = calendar.NextWorkingDay(day);
        }
        var local = day.ToDateTime(settings.DeadlineTime, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>Whether a report submitted at <paramref name="submittedAtUtc"/> is late.</summary>
    public static bool IsLate(DateTime submittedAtUtc, DateOnly workDate, ReportSettings settings, WorkingCalendar calendar, TimeZoneInfo zone) =>
        submittedAtUtc > Of(workDate, settings, calendar, zone);

    /// <summary>
    /// The latest date whose deadline has passed at <paramref name="nowUtc"/>: every earlier date's has too, as a
    /// later date never falls due earlier. Null when none within a year (a calendar without working days ahead).
    /// </summary>
    public static DateOnly? LastPassed(DateTime nowUtc, ReportSettings settings, WorkingCalendar calendar, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone));
        for (var d = today; d > today.AddDays(-366); d = d.AddDays(-1))
        {
            if (nowUtc > Of(d, settings, calendar, zone))
            {
                return d;
            }
        }
        return null;
    }
}
