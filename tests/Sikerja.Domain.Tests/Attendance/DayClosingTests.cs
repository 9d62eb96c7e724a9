using Sikerja.Domain.Attendance;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class DayClosingTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly WorkingHours Hours = new("PAGI", new TimeOnly(7, 30), "SIANG", new TimeOnly(16, 0));

    private static DateTime At(int hour, int minute, int days = 0) => Day.AddDays(days).ToDateTime(new TimeOnly(hour, minute));

    [Fact]
    public void A_day_checked_in_and_not_out_is_marked_once_it_closes_at_the_last_shifts_end()
    {
        (CheckDirection, DateTime)[] inOnly = [(CheckDirection.In, At(7, 25))];
        Assert.Equal(At(16, 0), DayClosing.ClosesAt(Day, Hours));
        Assert.False(DayClosing.NoCheckOut(Day, Hours, At(15, 59), inOnly));
        Assert.True(DayClosing.NoCheckOut(Day, Hours, At(16, 0), inOnly));
        Assert.True(DayClosing.NoCheckOut(Day, Hours, At(7, 0, days: 1), inOnly));
    }

    [Fact]
    public void A_check_out_after_the_last_check_in_or_no_record_at_all_is_not_a_missing_check_out()
    {
        Assert.False(DayClosing.NoCheckOut(Day, Hours, At(18, 0), [(CheckDirection.In, At(7, 25)), (CheckDirection.Out, At(16, 2))]));
        Assert.False(DayClosing.NoCheckOut(Day, Hours, At(18, 0), []));
        // Out, then back in without a second check-out: the last word is a check-in.
        Assert.True(DayClosing.NoCheckOut(Day, Hours, At(18, 0), [(CheckDirection.Out, At(12, 0)), (CheckDirection.In, At(7, 25)), (CheckDirection.In, At(13, 0))]));
    }
}
