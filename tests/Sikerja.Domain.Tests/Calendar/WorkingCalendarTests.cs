using Sikerja.Domain.Calendar;

namespace Sikerja.Domain.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly DateOnly Nyepi2020 = new(2020, 3, 25);

    [Fact]
    public void Working_days_are_the_work_week_less_holidays()
    {
        var calendar = new WorkingCalendar(WorkWeek.MondayToFriday, [Nyepi2020]);
        var days = calendar.WorkingDays(new DateOnly(2020, 3, 23), new DateOnly(2020, 3, 29)).ToList();
        Assert.Equal([new(2020, 3, 23), new(2020, 3, 24), new(2020, 3, 26), new(2020, 3, 27)], days);
    }

    [Fact]
    public void The_next_working_day_skips_weekends_and_holidays()
    {
        var calendar = new WorkingCalendar(WorkWeek.MondayToFriday, [new DateOnly(2020, 3, 30)]);
        Assert.Equal(new DateOnly(2020, 3, 31), calendar.NextWorkingDay(new DateOnly(2020, 3, 27)));
    }

    [Fact]
    public void Scenario_day_names_round_trip()
    {
        var names = WorkWeek.MondayToSaturday.ScenarioDayNames().ToList();
        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], names);
        Assert.Equal(WorkWeek.MondayToSaturday, WorkWeekExtensions.FromScenarioDayNames(names));
    }

    [Theory]
    [InlineData("Asia/Jakarta", 7)]
    [InlineData("Asia/Pontianak", 7)]
    [InlineData("Asia/Makassar", 8)]
    [InlineData("Asia/Jayapura", 9)]
    public void Tenant_clock_converts_between_utc_and_the_tenant_zone(string zone, int offsetHours)
    {
        var utc = new DateTime(2020, 3, 26, 23, 30, 0, DateTimeKind.Utc);
        var clock = new TenantClock(new FixedTime(utc), zone);
        Assert.Equal(utc.AddHours(offsetHours), clock.LocalNow);
        Assert.Equal(DateOnly.FromDateTime(utc.AddHours(offsetHours)), clock.Today);
        Assert.Equal(utc, clock.ToUtc(DateOnly.FromDateTime(clock.LocalNow), TimeOnly.FromDateTime(clock.LocalNow)));
    }

    private sealed class FixedTime(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }
}
