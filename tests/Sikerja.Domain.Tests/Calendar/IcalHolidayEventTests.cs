using Sikerja.Domain.Calendar;

namespace Sikerja.Domain.Tests.Calendar;

public sealed class IcalHolidayEventTests
{
    private static readonly DateOnly Mar31 = new(2025, 3, 31);

    private static IcalHolidayEvent AllDay(string? summary, DateOnly start, DateOnly? end = null, int? days = null) =>
        new(12, summary, start, end, days, IsAllDay: true, IsRecurring: false);

    [Fact]
    public void An_all_day_event_is_a_holiday_on_each_day_it_covers_with_the_end_exclusive()
    {
        var (rows, problems) = AllDay("Idulfitri 1446 H", Mar31, Mar31.AddDays(2)).ToHolidays(HolidayKind.National);
        Assert.Empty(problems);
        Assert.Equal([Mar31, Mar31.AddDays(1)], rows.Select(r => r.Date));
        Assert.All(rows, r => Assert.Equal((12, "Idulfitri 1446 H", HolidayKind.National), (r.Line, r.Name, r.Kind)));
    }

    [Fact]
    public void Without_an_end_an_event_lasts_its_duration_or_one_day()
    {
        Assert.Equal(3, AllDay("Libur", Mar31, days: 3).ToHolidays(HolidayKind.Regional).Rows.Count);
        Assert.Single(AllDay("Libur", Mar31).ToHolidays(HolidayKind.Regional).Rows);
    }

    [Fact]
    public void Events_named_cuti_bersama_are_collective_leave_whatever_the_default()
    {
        var (rows, _) = AllDay("Cuti Bersama Idulfitri", Mar31).ToHolidays(HolidayKind.National);
        Assert.Equal(HolidayKind.CollectiveLeave, Assert.Single(rows).Kind);
    }

    [Theory]
    [InlineData(false, false, "Rapat", "memakai jam")]
    [InlineData(true, true, "Tahun Baru", "berulang")]
    [InlineData(true, false, " ", "tanpa judul")]
    public void Timed_recurring_or_untitled_events_are_refused_at_their_line(bool allDay, bool recurring, string summary, string reason)
    {
        var (rows, problems) = new IcalHolidayEvent(40, summary, Mar31, null, null, allDay, recurring).ToHolidays(HolidayKind.National);
        Assert.Empty(rows);
        var problem = Assert.Single(problems);
        Assert.Equal("baris 40", problem.Where);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_longer_than_a_month_or_ending_before_it_starts_is_refused()
    {
        Assert.Contains("paling banyak", Assert.Single(AllDay("Libur panjang", Mar31, Mar31.AddDays(40)).ToHolidays(HolidayKind.National).Problems).Message, StringComparison.Ordinal);
        Assert.Contains("sebelum", Assert.Single(AllDay("Terbalik", Mar31, Mar31.AddDays(-2)).ToHolidays(HolidayKind.National).Problems).Message, StringComparison.Ordinal);
    }
}
