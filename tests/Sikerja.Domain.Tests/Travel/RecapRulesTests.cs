using Sikerja.Domain.Calendar;
using Sikerja.Domain.Travel;

namespace Sikerja.Domain.Tests.Travel;

public sealed class RecapRulesTests
{
    private static readonly RecapMonth October = new(2026, 10);
    private static readonly WorkingCalendar MondayToFriday = new(WorkWeek.MondayToFriday, []);

    private static RecapTrip Trip(
        DateOnly leaves, DateOnly returns, PermitStatus status = PermitStatus.Approved, bool outOfRegion = true,
        string name = "Budi", TravelCategory category = TravelCategory.FunctionalOrGeneral, TravelPurpose purpose = TravelPurpose.Family, string? nip = null) =>
        new(Guid.NewGuid(), Guid.Empty, name, nip ?? name, null, category, purpose, status, outOfRegion, "Kota Samarinda", leaves, returns);

    private static DateOnly Oct(int day) => new(2026, 10, day);

    [Theory]
    [InlineData(PermitStatus.Approved, true)]
    [InlineData(PermitStatus.Unapproved, true)]
    [InlineData(PermitStatus.Pending, false)]
    [InlineData(PermitStatus.Rejected, false)]
    [InlineData(PermitStatus.Withdrawn, false)]
    public void Only_trips_that_happened_or_were_allowed_are_on_the_recap(PermitStatus status, bool listed)
    {
        Assert.Equal(listed, RecapRules.Belongs(Trip(Oct(5), Oct(7), status), October));
    }

    [Fact]
    public void A_trip_inside_the_region_is_not_on_the_recap()
    {
        Assert.False(RecapRules.Belongs(Trip(Oct(5), Oct(7), outOfRegion: false), October));
    }

    [Theory]
    [InlineData("2026-09-20", "2026-09-30", false)] // ended the day before
    [InlineData("2026-09-28", "2026-10-01", true)] // back on the first day
    [InlineData("2026-10-01", "2026-10-01", true)] // a day trip on the first
    [InlineData("2026-10-31", "2026-11-03", true)] // left on the last day
    [InlineData("2026-11-01", "2026-11-02", false)] // left the day after
    [InlineData("2026-09-15", "2026-11-15", true)] // away the whole month
    [InlineData("2026-10-10", "2026-10-12", true)]
    public void A_trip_is_on_the_recap_of_every_month_it_touches(string leaves, string returns, bool listed)
    {
        Assert.Equal(listed, RecapRules.Belongs(Trip(DateOnly.Parse(leaves), DateOnly.Parse(returns)), October));
    }

    [Fact]
    public void A_trip_over_the_end_of_a_month_is_on_both_recaps()
    {
        var trip = Trip(Oct(30), new DateOnly(2026, 11, 2));
        Assert.Single(RecapRules.Lines([trip], October));
        Assert.Single(RecapRules.Lines([trip], new RecapMonth(2026, 11)));
        Assert.Empty(RecapRules.Lines([trip], new RecapMonth(2026, 9)));
    }

    [Fact]
    public void Lines_are_sorted_by_category_then_name_then_departure()
    {
        var trips = new[]
        {
            Trip(Oct(20), Oct(21), name: "Citra", category: TravelCategory.NonAsn),
            Trip(Oct(12), Oct(13), name: "budi", category: TravelCategory.FunctionalOrGeneral),
            Trip(Oct(2), Oct(3), name: "Budi", category: TravelCategory.FunctionalOrGeneral, nip: "budi"),
            Trip(Oct(9), Oct(9), name: "Yanto", category: TravelCategory.Structural),
            Trip(Oct(1), Oct(2), name: "Ani", category: TravelCategory.FunctionalOrGeneral),
            Trip(Oct(1), Oct(2), name: "Aaron", category: TravelCategory.FunctionalOrGeneral, status: PermitStatus.Rejected),
        };
        var lines = RecapRules.Lines(trips, October);
        Assert.Equal(
            ["Yanto 09", "Ani 01", "Budi 02", "budi 12", "Citra 20"],
            lines.Select(l => $"{l.EmployeeName} {l.LeavesOn.Day:00}"));
    }

    [Fact]
    public void Trips_are_counted_per_category_and_purpose_with_totals_and_distinct_people()
    {
        var lines = RecapRules.Lines(
            [
                Trip(Oct(1), Oct(2), name: "Kadis", nip: "1", category: TravelCategory.Structural, purpose: TravelPurpose.Official),
                Trip(Oct(8), Oct(9), name: "Kadis", nip: "1", category: TravelCategory.Structural, purpose: TravelPurpose.Official),
                Trip(Oct(15), Oct(16), name: "Kadis", nip: "1", category: TravelCategory.Structural, purpose: TravelPurpose.Family),
                Trip(Oct(3), Oct(4), name: "Guru", nip: "2", category: TravelCategory.FunctionalOrGeneral, purpose: TravelPurpose.Personal),
                Trip(Oct(3), Oct(4), name: "Staf", nip: "3", category: TravelCategory.FunctionalOrGeneral, purpose: TravelPurpose.Family),
                Trip(Oct(20), Oct(22), name: "Honorer", nip: "4", category: TravelCategory.NonAsn, purpose: TravelPurpose.Family, status: PermitStatus.Unapproved),
                Trip(Oct(20), Oct(22), name: "Ditolak", nip: "5", category: TravelCategory.NonAsn, purpose: TravelPurpose.Family, status: PermitStatus.Rejected),
                Trip(Oct(20), Oct(22), name: "Menunggu", nip: "6", category: TravelCategory.NonAsn, purpose: TravelPurpose.Family, status: PermitStatus.Pending),
            ],
            October);
        var counts = RecapCounts.Of(lines);

        Assert.Equal(2, counts.Trips(TravelCategory.Structural, TravelPurpose.Official));
        Assert.Equal(1, counts.Trips(TravelCategory.Structural, TravelPurpose.Family));
        Assert.Equal(0, counts.Trips(TravelCategory.Structural, TravelPurpose.Personal));
        Assert.Equal(1, counts.Trips(TravelCategory.FunctionalOrGeneral, TravelPurpose.Personal));
        Assert.Equal(1, counts.Trips(TravelCategory.NonAsn, TravelPurpose.Family));
        Assert.Equal(3, counts.Trips(TravelCategory.Structural));
        Assert.Equal(2, counts.Trips(TravelCategory.FunctionalOrGeneral));
        Assert.Equal(1, counts.Trips(TravelCategory.NonAsn));
        Assert.Equal(2, counts.Trips(TravelPurpose.Official));
        Assert.Equal(3, counts.Trips(TravelPurpose.Family));
        Assert.Equal(1, counts.Trips(TravelPurpose.Personal));
        Assert.Equal(6, counts.TotalTrips);
        Assert.Equal(1, counts.People(TravelCategory.Structural));
        Assert.Equal(2, counts.People(TravelCategory.FunctionalOrGeneral));
        Assert.Equal(1, counts.People(TravelCategory.NonAsn));
        Assert.Equal(4, counts.TotalPeople);
    }

    [Fact]
    public void A_person_whose_category_changed_within_the_month_is_one_person_in_the_total()
    {
        var counts = RecapCounts.Of(
        [
            Trip(Oct(1), Oct(2), nip: "1", category: TravelCategory.FunctionalOrGeneral),
            Trip(Oct(20), Oct(21), nip: "1", category: TravelCategory.Structural),
        ]);
        Assert.Equal((1, 1, 1, 2), (counts.People(TravelCategory.FunctionalOrGeneral), counts.People(TravelCategory.Structural), counts.TotalPeople, counts.TotalTrips));
    }

    [Fact]
    public void An_empty_recap_counts_zero_everywhere()
    {
        var counts = RecapCounts.Of([]);
        Assert.All(RecapCounts.Categories, c => Assert.All(RecapCounts.Purposes, p => Assert.Equal(0, counts.Trips(c, p))));
        Assert.Equal((0, 0), (counts.TotalTrips, counts.TotalPeople));
    }

    [Fact]
    public void A_month_may_be_signed_from_its_last_working_day()
    {
        // 31 October 2026 is a Saturday: the last working day is Friday the 30th.
        Assert.Equal(Oct(30), RecapRules.LastWorkingDay(October, MondayToFriday));
        Assert.Null(RecapRules.CheckSignOffDate(October, Oct(30), MondayToFriday));
        Assert.Null(RecapRules.CheckSignOffDate(October, new DateOnly(2026, 11, 3), MondayToFriday));
        var early = RecapRules.CheckSignOffDate(October, Oct(29), MondayToFriday);
        Assert.Equal(
            new Problem("month", "rekap Oktober 2026 baru dapat ditandatangani mulai hari kerja terakhir bulan itu, 30 Oktober 2026"),
            early);
    }

    [Fact]
    public void Holidays_at_the_end_of_the_month_move_the_last_working_day_back()
    {
        var calendar = new WorkingCalendar(WorkWeek.MondayToFriday, [Oct(30), Oct(29)]);
        Assert.Equal(Oct(28), RecapRules.LastWorkingDay(October, calendar));
        Assert.Null(RecapRules.CheckSignOffDate(October, Oct(28), calendar));
        Assert.NotNull(RecapRules.CheckSignOffDate(October, Oct(27), calendar));
    }

    [Fact]
    public void A_month_without_working_days_may_be_signed_from_its_last_day()
    {
        Assert.Equal(Oct(31), RecapRules.LastWorkingDay(October, new WorkingCalendar(WorkWeek.None, [])));
    }

    [Fact]
    public void The_usual_month_is_this_one_from_its_last_working_day_and_the_one_before_until_then()
    {
        Assert.Equal(new RecapMonth(2026, 9), RecapRules.CurrentMonth(Oct(29), MondayToFriday));
        Assert.Equal(October, RecapRules.CurrentMonth(Oct(30), MondayToFriday));
        Assert.Equal(new RecapMonth(2025, 12), RecapRules.CurrentMonth(new DateOnly(2026, 1, 5), MondayToFriday));
    }

    [Theory]
    [InlineData("2026-10", true)]
    [InlineData(" 2026-01 ", true)]
    [InlineData("2026-13", false)]
    [InlineData("10-2026", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_month_is_written_year_dash_month(string? text, bool valid)
    {
        Assert.Equal(valid, RecapMonth.TryParse(text, "month", out var month, out var problem));
        if (valid)
        {
            Assert.Null(problem);
            Assert.Equal(text!.Trim(), month.ToString());
        }
        else
        {
            Assert.Equal("month", problem!.Where);
        }
    }

    [Fact]
    public void A_month_knows_its_days_and_its_name()
    {
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), (new RecapMonth(2024, 2).First, new RecapMonth(2024, 2).Last));
        Assert.Equal("Oktober 2026", October.Name);
        Assert.Equal(new RecapMonth(2025, 12), new RecapMonth(2026, 1).Previous);
    }

    [Theory]
    [InlineData("800/123/Setda", null)]
    [InlineData("  ", "nomor surat wajib diisi")]
    [InlineData(null, "nomor surat wajib diisi")]
    public void The_letter_number_is_required(string? number, string? message)
    {
        Assert.Equal(message, RecapRules.CheckNumber(number)?.Message);
    }

    [Fact]
    public void The_letter_number_has_a_length_limit()
    {
        Assert.Null(RecapRules.CheckNumber(new string('1', TravelRecap.MaxNumberLength)));
        Assert.Equal("number", RecapRules.CheckNumber(new string('1', TravelRecap.MaxNumberLength + 1))!.Where);
    }
}
