using Sikerja.Domain.Calendar;

namespace Sikerja.Domain.Reports;

/// <summary>The days a report page moves between.</summary>
public static class ReportDays
{
    /// <summary>How far back the previous working day is looked for: beyond it a long holiday has no previous day worth copying.</summary>
    public const int LookBackDays = 31;

    /// <summary>The last working day strictly before <paramref name="date"/>, or null when none lies within <see cref="LookBackDays"/>.</summary>
    public static DateOnly? PreviousWorkingDay(WorkingCalendar calendar, DateOnly date)
    {
        for (var d = date.AddDays(-1); d >= date.AddDays(-LookBackDays); d = d.AddDays(-1))
        {
            if (calendar.IsWorkingDay(d))
            {
                return d;
            }
        }
        return null;
    }
}
