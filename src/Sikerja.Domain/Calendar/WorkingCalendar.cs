namespace Sikerja.Domain.Calendar;

/// <summary>A tenant's working days: its work week less its holidays and collective leave.</summary>
public sealed class WorkingCalendar(WorkWeek workWeek, IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public WorkWeek WorkWeek { get; } = workWeek;

    public bool IsHoliday(DateOnly date) => _holidays.Contains(date);

    public bool IsWorkingDay(DateOnly date) => WorkWeek.Includes(date.DayOfWeek) && !_holidays.Contains(date);

    public IEnumerable<DateOnly> WorkingDays(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                yield return d;
            }
        }
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        if (WorkWeek == WorkWeek.None)
        {
            throw new InvalidOperationException("A work week without working days has no next working day.");
        }
        var d = date.AddDays(1);
        while (!IsWorkingDay(d))
        {
            d = d.AddDays(1);
        }
        return d;
    }
}
