using Sikerja.Domain.Calendar;
using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Tests.Reports;

public sealed class ReportDeadlineZoneTests
{
    /// <summary>Friday 27 March 2020; 30 March (Monday) is made a holiday where a test needs one.</summary>
    private static readonly DateOnly Friday = new(2020, 3, 27);

    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private static readonly TimeZoneInfo Wita = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");
    private static readonly TimeZoneInfo Wit = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jayapura");

    private static WorkingCalendar Calendar(params DateOnly[] holidays) => new(WorkWeek.MondayToFriday, holidays);

    private static ReportSettings Due(int days, int hour, int minute = 0) => new() { DeadlineWorkingDays = days, DeadlineTime = new TimeOnly(hour, minute) };

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void The_same_day_deadline_is_the_work_date_at_the_deadline_time_in_the_zone()
    {
        var wednesday = new DateOnly(2020, 3, 25);
        Assert.Equal(Utc(2020, 3, 25, 9), ReportDeadline.Of(wednesday, Due(0, 16), Calendar(), Wib));
        Assert.Equal(DateTimeKind.Utc, ReportDeadline.Of(wednesday, Due(0, 16), Calendar(), Wib).Kind);
    }

    [Fact]
    public void The_next_working_day_of_a_friday_is_the_monday()
    {
        Assert.Equal(Utc(2020, 3, 30, 3), ReportDeadline.Of(Friday, Due(1, 10), Calendar(), Wib));
    }

    [Fact]
    public void A_holiday_after_the_weekend_moves_the_deadline_on_to_the_tuesday()
    {
        Assert.Equal(Utc(2020, 3, 31, 3), ReportDeadline.Of(Friday, Due(1, 10), Calendar(new DateOnly(2020, 3, 30)), Wib));
    }

    [Fact]
    public void Two_working_days_skip_the_weekend_and_the_holiday()
    {
        Assert.Equal(Utc(2020, 4, 1, 3), ReportDeadline.Of(Friday, Due(2, 10), Calendar(new DateOnly(2020, 3, 30)), Wib));
    }

    [Fact]
    public void A_report_of_a_saturday_is_due_on_the_next_working_day()
    {
        Assert.Equal(Utc(2020, 3, 30, 3), ReportDeadline.Of(Friday.AddDays(1), Due(1, 10), Calendar(), Wib));
    }

    [Fact]
    public void A_six_day_work_week_makes_the_saturday_the_next_working_day()
    {
        var calendar = new WorkingCalendar(WorkWeek.MondayToSaturday, []);
        Assert.Equal(Utc(2020, 3, 28, 3), ReportDeadline.Of(Friday, Due(1, 10), calendar, Wib));
    }

    [Theory]
    [InlineData("Asia/Jakarta", 3)]
    [InlineData("Asia/Pontianak", 3)]
    [InlineData("Asia/Makassar", 2)]
    [InlineData("Asia/Jayapura", 1)]
    public void Ten_o_clock_local_is_an_earlier_instant_further_east(string zone, int utcHour)
    {
        Assert.Equal(Utc(2020, 3, 30, utcHour), ReportDeadline.Of(Friday, Due(1, 10), Calendar(), TimeZoneInfo.FindSystemTimeZoneById(zone)));
    }

    [Fact]
    public void A_deadline_shortly_after_midnight_local_falls_on_the_previous_utc_day()
    {
        Assert.Equal(Utc(2020, 3, 29, 15, 30), ReportDeadline.Of(Friday, Due(1, 0, 30), Calendar(), Wit));
    }

    [Fact]
    public void Submitting_at_the_deadline_is_on_time_and_a_minute_later_is_late()
    {
        var settings = Due(1, 10);
        var deadline = Utc(2020, 3, 30, 2);
        Assert.False(ReportDeadline.IsLate(deadline, Friday, settings, Calendar(), Wita));
        Assert.True(ReportDeadline.IsLate(deadline.AddMinutes(1), Friday, settings, Calendar(), Wita));
        Assert.False(ReportDeadline.IsLate(Utc(2020, 3, 27, 9), Friday, settings, Calendar(), Wita));
    }

    [Fact]
    public void The_defaults_are_the_next_working_day_at_ten()
    {
        var defaults = new ReportSettings();
        Assert.Equal((1, new TimeOnly(10, 0)), (defaults.DeadlineWorkingDays, defaults.DeadlineTime));
    }
}
