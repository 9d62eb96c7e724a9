namespace Sikerja.Web.Features.Schedule;

/// <summary>A week of past published days, Monday first.</summary>
public sealed record ScheduleWeek(DateOnly Monday, IReadOnlyList<ScheduleDay> Days);

/// <summary>
/// "Jadwal saya" as a phone shows it: today first, then the coming days up to the last one planned (holidays on
/// weekdays included, weekends only when planned), then the past weeks that had published days, the latest first.
/// </summary>
public sealed record ScheduleOverview(ScheduleRange Range, ScheduleDay Today, IReadOnlyList<ScheduleDay> Coming, IReadOnlyList<ScheduleWeek> Past)
{
    public const int DaysAhead = 31;
    public const int WeeksBack = 4;

    /// <summary>The range the overview needs around <paramref name="today"/>: from the Monday <see cref="WeeksBack"/> weeks back.</summary>
    public static (DateOnly From, DateOnly To) RangeAround(DateOnly today)
    {
        var back = today.AddDays(-7 * WeeksBack);
        return (back.AddDays(-(((int)back.DayOfWeek + 6) % 7)), today.AddDays(DaysAhead));
    }

    public static ScheduleOverview From(ScheduleRange range)
    {
        var today = range.Days.SingleOrDefault(d => d.Date == range.Today) ?? new ScheduleDay(range.Today, ScheduleDayKind.NotPlanned);
        var ahead = range.Days.Where(d => d.Date > range.Today).ToList();
        var lastPlanned = ahead.LastOrDefault(d => d.IsPlanned)?.Date;
        var coming = lastPlanned is { } last
            ? ahead.Where(d => d.Date <= last && (d.IsPlanned || d.Kind == ScheduleDayKind.NotPlanned || d.HolidayName is not null)).ToList()
            : [];
        var past = range.Days.Where(d => d.Date < range.Today && d.IsPlanned)
            .GroupBy(d => d.Date.AddDays(-(((int)d.Date.DayOfWeek + 6) % 7)))
            .OrderByDescending(g => g.Key)
            .Select(g => new ScheduleWeek(g.Key, [.. g]))
            .ToList();
        return new ScheduleOverview(range, today, coming, past);
    }
}
