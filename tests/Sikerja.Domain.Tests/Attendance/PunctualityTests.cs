using Sikerja.Domain.Attendance;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class PunctualityTests
{
    private static readonly Shift Morning = new("PAGI", new TimeOnly(7, 30), new TimeOnly(11, 30));
    private static readonly Shift Afternoon = new("SIANG", new TimeOnly(12, 0), new TimeOnly(16, 0));
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static RosteredDay Office(params int[] shifts) => new(WorkMode.Office, [Morning, Afternoon], shifts);

    private static Punctuality Judge(RosteredDay day, WorkMode mode, CheckDirection direction, int hour, int minute, int second = 0, int tolerance = 0) =>
        Punctuality.Judge(day, mode, direction, Day, Day.ToDateTime(new TimeOnly(hour, minute, second)), tolerance);

    [Fact]
    public void A_check_in_is_on_time_until_the_tolerance_ends_and_then_late_by_the_minutes_since_the_start()
    {
        var day = Office(0);
        Assert.Equal(new Punctuality("PAGI", 0, false), Judge(day, WorkMode.Office, CheckDirection.In, 6, 55));
        Assert.Equal(new Punctuality("PAGI", 0, false), Judge(day, WorkMode.Office, CheckDirection.In, 7, 30));
        Assert.Equal(new Punctuality("PAGI", 0, false), Judge(day, WorkMode.Office, CheckDirection.In, 7, 30, 59));
        Assert.Equal(new Punctuality("PAGI", 1, false), Judge(day, WorkMode.Office, CheckDirection.In, 7, 31));
        Assert.Equal(0, Judge(day, WorkMode.Office, CheckDirection.In, 7, 45, 59, tolerance: 15).MinutesOff);
        var late = Judge(day, WorkMode.Office, CheckDirection.In, 7, 46, tolerance: 15);
        Assert.Equal(16, late.MinutesOff);
        Assert.True(late.IsLate(CheckDirection.In));
    }

    [Fact]
    public void A_check_out_before_the_last_shifts_end_leaves_early_by_the_whole_minutes_before_it()
    {
        var both = Office(0, 1);
        Assert.Equal(new Punctuality("SIANG", 0, false), Judge(both, WorkMode.Office, CheckDirection.Out, 16, 0));
        Assert.Equal(new Punctuality("SIANG", 0, false), Judge(both, WorkMode.Office, CheckDirection.Out, 17, 5));
        var early = Judge(both, WorkMode.Office, CheckDirection.Out, 15, 20);
        Assert.Equal(new Punctuality("SIANG", 40, false), early);
        Assert.True(early.IsEarlyLeave(CheckDirection.Out));
        // A check-in of a two-shift day is judged against the first shift.
        Assert.Equal(new Punctuality("PAGI", 10, false), Judge(both, WorkMode.Office, CheckDirection.In, 7, 40));
        // An afternoon-only day starts at noon.
        Assert.Equal(new Punctuality("SIANG", 0, false), Judge(Office(1), WorkMode.Office, CheckDirection.In, 11, 50));
        Assert.Equal(new Punctuality("SIANG", 5, false), Judge(Office(1), WorkMode.Office, CheckDirection.In, 12, 5));
        Assert.Equal(new Punctuality("PAGI", 90, false), Judge(Office(0), WorkMode.Office, CheckDirection.Out, 10, 0));
    }

    [Fact]
    public void A_wfh_day_has_the_policys_working_day_or_0730_to_1600()
    {
        var home = new RosteredDay(WorkMode.Home, [Morning, Afternoon], []);
        Assert.Equal(new Punctuality(null, 0, false), Judge(home, WorkMode.Home, CheckDirection.In, 7, 30));
        Assert.Equal(new Punctuality(null, 15, false), Judge(home, WorkMode.Home, CheckDirection.In, 7, 45));
        Assert.Equal(new Punctuality(null, 30, false), Judge(home, WorkMode.Home, CheckDirection.Out, 15, 30));

        var noShifts = new RosteredDay(WorkMode.Home, [], []);
        Assert.Equal(new WorkingHours("FULL", new TimeOnly(7, 30), "FULL", new TimeOnly(16, 0)), noShifts.Hours);
        Assert.Equal(5, Judge(noShifts, WorkMode.Home, CheckDirection.In, 7, 35).MinutesOff);
    }

    [Fact]
    public void A_record_in_a_mode_or_on_a_day_the_roster_does_not_give_is_not_scheduled_without_minutes()
    {
        var notScheduled = new Punctuality(null, 0, true);
        Assert.Equal(notScheduled, Judge(Office(0), WorkMode.Home, CheckDirection.In, 9, 0));
        Assert.Equal(notScheduled, Judge(new RosteredDay(WorkMode.Home, [Morning], []), WorkMode.Office, CheckDirection.In, 9, 0));
        Assert.Equal(notScheduled, Judge(new RosteredDay(WorkMode.Off, [Morning], []), WorkMode.Office, CheckDirection.In, 9, 0));
        Assert.Equal(notScheduled, Judge(RosteredDay.NotPlanned, WorkMode.Home, CheckDirection.Out, 9, 0));
        Assert.False(notScheduled.IsLate(CheckDirection.In));
    }

    [Fact]
    public void Shift_bits_beyond_the_policys_shifts_fall_back_to_all_of_them()
    {
        Assert.Equal(new WorkingHours("PAGI", Morning.Start, "SIANG", Afternoon.End), WorkingHours.OfOfficeDay([Morning, Afternoon], [5]));
        Assert.Equal(new WorkingHours("FULL", Shift.FullDay.Start, "FULL", Shift.FullDay.End), WorkingHours.OfOfficeDay([], [0]));
    }
}
