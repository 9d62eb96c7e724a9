using Sikerja.Domain.Calendar;
using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Tests.Reports;

public sealed class ReportDeadlineTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private static readonly TimeZoneInfo Wita = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");
    private static readonly TimeZoneInfo Wit = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jayapura");

    /// <summary>Thursday 26 March 2020; Wednesday 25 March was Nyepi.</summary>
    private static readonly DateOnly Thursday = new(2020, 3, 26);

    private static readonly WorkingCalendar Calendar = new(WorkWeek.MondayToFriday, [new DateOnly(2020, 3, 25)]);

    private static ReportSettings Settings(int days, int hour, int minute = 0) => new() { DeadlineWorkingDays = days, DeadlineTime = new TimeOnly(hour, minute) };

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Same_day_deadline_is_that_day_at_the_time_in_the_tenant_zone()
    {
        Assert.Equal(Utc(2020, 3, 26, 9), ReportDeadline.Of(Thursday, Settings(0, 16), Calendar, Wib));
        Assert.Equal(Utc(2020, 3, 26, 8), ReportDeadline.Of(Thursday, Settings(0, 16), Calendar, Wita));
        Assert.Equal(Utc(2020, 3, 26, 7), ReportDeadline.Of(Thursday, Settings(0, 16), Calendar, Wit));
    }

    [Fact]
    public void Next_working_day_skips_the_weekend()
    {
        // Friday's report is due on Monday at 10:00 WIB, 03:00 UTC.
        Assert.Equal(Utc(2020, 3, 30, 3), ReportDeadline.Of(Thursday.AddDays(1), Settings(1, 10), Calendar, Wib));
    }

    [Fact]
    public void Next_working_day_skips_a_holiday()
    {
        // Tuesday 24 March: Wednesday is Nyepi, so the report is due Thursday.
        Assert.Equal(Utc(2020, 3, 26, 3), ReportDeadline.Of(new DateOnly(2020, 3, 24), Settings(1, 10), Calendar, Wib));
    }

    [Fact]
    public void Two_working_days_count_working_days_only()
    {
        // Tuesday 24 → Thursday 26 (Nyepi skipped) → Friday 27.
        Assert.Equal(Utc(2020, 3, 27, 2), ReportDeadline.Of(new DateOnly(2020, 3, 24), Settings(2, 10), Calendar, Wita));
    }

    [Fact]
    public void A_deadline_in_the_late_evening_east_of_utc_stays_on_its_local_day()
    {
        // 23:30 WIT on Thursday is 14:30 UTC the same day; 00:30 WIT on Friday is 15:30 UTC on Thursday.
        Assert.Equal(Utc(2020, 3, 26, 14, 30), ReportDeadline.Of(Thursday, Settings(0, 23, 30), Calendar, Wit));
        Assert.Equal(Utc(2020, 3, 26, 15, 30), ReportDeadline.Of(Thursday, Settings(1, 0, 30), Calendar, Wit));
    }

    [Fact]
    public void Late_means_strictly_after_the_deadline()
    {
        var settings = Settings(1, 10);
        var deadline = ReportDeadline.Of(Thursday, settings, Calendar, Wib);
        Assert.False(ReportDeadline.IsLate(deadline, Thursday, settings, Calendar, Wib));
        Assert.True(ReportDeadline.IsLate(deadline.AddSeconds(1), Thursday, settings, Calendar, Wib));
    }

    [Fact]
    public void The_last_passed_date_is_the_latest_whose_deadline_is_behind()
    {
        var settings = Settings(1, 10);
        // Monday 30 March 10:01 WIB: Friday's deadline (Monday 10:00) has passed, and with it the weekend's.
        Assert.Equal(new DateOnly(2020, 3, 29), ReportDeadline.LastPassed(Utc(2020, 3, 30, 3, 1), settings, Calendar, Wib));
        // At 09:59 WIB only Thursday's has (due Friday 10:00).
        Assert.Equal(Thursday, ReportDeadline.LastPassed(Utc(2020, 3, 30, 2, 59), settings, Calendar, Wib));
    }

    [Fact]
    public void The_last_passed_date_is_read_in_the_tenant_zone()
    {
        // 16:30 UTC Thursday is already Friday 01:30 in WIT: "today" there is Friday, whose 16:00 deadline is ahead.
        var settings = Settings(0, 16);
        Assert.Equal(Thursday, ReportDeadline.LastPassed(Utc(2020, 3, 26, 16, 30), settings, Calendar, Wit));
        // 08:30 UTC Thursday: 16:30 WITA (passed) but 15:30 WIB (not yet): WIB's last passed is the Nyepi Wednesday.
        Assert.Equal(Thursday, ReportDeadline.LastPassed(Utc(2020, 3, 26, 8, 30), settings, Calendar, Wita));
        Assert.Equal(new DateOnly(2020, 3, 25), ReportDeadline.LastPassed(Utc(2020, 3, 26, 8, 30), settings, Calendar, Wib));
    }
}
