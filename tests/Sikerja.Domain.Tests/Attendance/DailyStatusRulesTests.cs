using Sikerja.Domain.Attendance;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class DailyStatusRulesTests
{
    private const string Wib = "Asia/Jakarta";
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly Shift Morning = new("PAGI", new TimeOnly(7, 30), new TimeOnly(11, 30));
    private static readonly Shift Afternoon = new("SIANG", new TimeOnly(12, 0), new TimeOnly(16, 0));
    private static readonly PlannedDay AtOffice = PlannedDay.Office(AssignmentReason.Minimum, Morning);

    /// <summary>The day after: every day of the tests has closed by then.</summary>
    private static readonly DateTime Later = Utc(Monday.AddDays(1), 12, 0);

    private static readonly DailyStatusRules Rules = new(Wib, lateToleranceMinutes: 15);

    /// <summary>An instant given as a WIB wall-clock time (UTC+7).</summary>
    private static DateTime Utc(DateOnly date, int hour, int minute, int second = 0) =>
        DateTime.SpecifyKind(date.ToDateTime(new TimeOnly(hour, minute, second)).AddHours(-7), DateTimeKind.Utc);

    private static DayRecord In(int hour, int minute, WorkMode mode = WorkMode.Office, CheckInMethod method = CheckInMethod.Location, AttendanceFlags flags = AttendanceFlags.None) =>
        new(CheckDirection.In, mode, method, Utc(Monday, hour, minute), flags);

    private static DayRecord Out(int hour, int minute, WorkMode mode = WorkMode.Office) =>
        new(CheckDirection.Out, mode, CheckInMethod.Location, Utc(Monday, hour, minute));

    private static AttendanceDay Day(PlannedDay? plan, params DayRecord[] records) => new(Monday, true, plan, records);

    [Fact]
    public void A_check_in_within_the_tolerance_and_a_check_out_at_the_end_is_present_at_the_office()
    {
        var a = Rules.Judge(Day(AtOffice, In(7, 45), Out(11, 30)), Later);
        Assert.Equal(DailyStatus.PresentAtOffice, a.Status);
        Assert.Equal(WorkMode.Office, a.Mode);
        Assert.Equal(Utc(Monday, 7, 45), a.CheckedInAt);
        Assert.Equal(Utc(Monday, 11, 30), a.CheckedOutAt);
        Assert.Equal(0, a.LateMinutes);
        Assert.Equal(0, a.EarlyLeaveMinutes);
        Assert.False(a.NoCheckOut || a.NotScheduled || a.Manual);
        Assert.True(a.Closed && a.IsPresent);
    }

    [Theory]
    [InlineData(7, 30, 0, DailyStatus.PresentAtOffice, 0)]
    [InlineData(7, 45, 59, DailyStatus.PresentAtOffice, 0)]
    [InlineData(7, 46, 0, DailyStatus.Late, 16)]
    [InlineData(9, 0, 0, DailyStatus.Late, 90)]
    [InlineData(6, 50, 0, DailyStatus.PresentAtOffice, 0)]
    public void Lateness_counts_whole_minutes_from_the_shift_start_once_past_the_tolerance(int hour, int minute, int second, DailyStatus status, int lateMinutes)
    {
        var record = new DayRecord(CheckDirection.In, WorkMode.Office, CheckInMethod.Location, Utc(Monday, hour, minute, second));
        var a = Rules.Judge(Day(AtOffice, record, Out(11, 30)), Later);
        Assert.Equal(status, a.Status);
        Assert.Equal(lateMinutes, a.LateMinutes);
        Assert.True(a.IsPresent);
    }

    [Fact]
    public void Without_a_tolerance_one_minute_is_late()
    {
        var strict = new DailyStatusRules(Wib, 0);
        Assert.Equal(DailyStatus.Late, strict.Judge(Day(AtOffice, In(7, 31)), Later).Status);
        Assert.Equal(1, strict.Judge(Day(AtOffice, In(7, 31)), Later).LateMinutes);
        Assert.Equal(DailyStatus.PresentAtOffice, strict.Judge(Day(AtOffice, In(7, 30)), Later).Status);
    }

    [Fact]
    public void A_negative_tolerance_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DailyStatusRules(Wib, -1));

    [Fact]
    public void A_day_at_home_under_a_circular_without_shifts_is_judged_against_the_usual_hours()
    {
        var onTime = Rules.Judge(Day(PlannedDay.Home(), In(7, 40, WorkMode.Home), Out(16, 0, WorkMode.Home)), Later);
        Assert.Equal(DailyStatus.PresentAtHome, onTime.Status);
        Assert.Equal(WorkMode.Home, onTime.Mode);
        Assert.False(onTime.NotScheduled);

        var late = Rules.Judge(Day(PlannedDay.Home(), In(8, 0, WorkMode.Home), Out(16, 0, WorkMode.Home)), Later);
        Assert.Equal(DailyStatus.Late, late.Status);
        Assert.Equal(30, late.LateMinutes);
        Assert.Equal(WorkMode.Home, late.Mode);

        var early = Rules.Judge(Day(PlannedDay.Home(), In(7, 30, WorkMode.Home), Out(15, 0, WorkMode.Home)), Later);
        Assert.Equal(60, early.EarlyLeaveMinutes);
    }

    [Fact]
    public void A_day_at_home_under_a_circular_with_shifts_is_judged_against_their_span_as_its_check_ins_are()
    {
        var shorter = new Shift("PAGI", new TimeOnly(8, 0), new TimeOnly(11, 0));
        var home = PlannedDay.Home() with { PolicyShifts = [shorter, new Shift("SIANG", new TimeOnly(11, 30), new TimeOnly(14, 30))] };
        var rostered = new RosteredDay(WorkMode.Home, home.PolicyShifts!, []);
        Assert.Equal(rostered.Hours, home.Hours);

        var onTime = Rules.Judge(Day(home, In(8, 10, WorkMode.Home), Out(14, 30, WorkMode.Home)), Later);
        Assert.Equal(DailyStatus.PresentAtHome, onTime.Status);
        Assert.Equal(0, onTime.EarlyLeaveMinutes);

        var late = Rules.Judge(Day(home, In(8, 30, WorkMode.Home), Out(14, 0, WorkMode.Home)), Later);
        Assert.Equal(DailyStatus.Late, late.Status);
        Assert.Equal(30, late.LateMinutes);
        Assert.Equal(30, late.EarlyLeaveMinutes);
    }

    [Fact]
    public void Before_the_shift_has_ended_today_no_check_in_is_not_yet_absent()
    {
        var day = Day(AtOffice);
        var morning = Rules.Judge(day, Utc(Monday, 9, 0));
        Assert.Equal(DailyStatus.NotYetCheckedIn, morning.Status);
        Assert.False(morning.Closed);
        Assert.False(morning.IsPresent);

        Assert.Equal(DailyStatus.NotYetCheckedIn, Rules.Judge(day, Utc(Monday, 11, 29, 59)).Status);
        var atEnd = Rules.Judge(day, Utc(Monday, 11, 30));
        Assert.Equal(DailyStatus.Absent, atEnd.Status);
        Assert.True(atEnd.Closed);
        Assert.Equal(DailyStatus.Absent, Rules.Judge(day, Later).Status);
    }

    [Fact]
    public void A_day_of_two_shifts_begins_with_the_first_and_ends_with_the_last()
    {
        var both = PlannedDay.Office(AssignmentReason.Capacity, Afternoon, Morning);
        Assert.Equal(DailyStatus.NotYetCheckedIn, Rules.Judge(Day(both), Utc(Monday, 13, 0)).Status);
        Assert.Equal(DailyStatus.Absent, Rules.Judge(Day(both), Utc(Monday, 16, 0)).Status);

        var late = Rules.Judge(Day(both, In(11, 0), Out(16, 5)), Later);
        Assert.Equal(DailyStatus.Late, late.Status);
        Assert.Equal(210, late.LateMinutes);
        Assert.Equal(0, late.EarlyLeaveMinutes);

        var leftAtNoon = Rules.Judge(Day(both, In(7, 30), Out(11, 30)), Later);
        Assert.Equal(270, leftAtNoon.EarlyLeaveMinutes);
    }

    [Fact]
    public void The_afternoon_shift_alone_starts_at_noon()
    {
        var afternoon = PlannedDay.Office(AssignmentReason.Minimum, Afternoon);
        Assert.Equal(DailyStatus.PresentAtOffice, Rules.Judge(Day(afternoon, In(12, 10), Out(16, 0)), Later).Status);
        Assert.Equal(DailyStatus.NotYetCheckedIn, Rules.Judge(Day(afternoon), Utc(Monday, 15, 0)).Status);
    }

    [Fact]
    public void A_day_that_closed_without_a_check_out_says_so_only_once_it_has_closed()
    {
        var open = Rules.Judge(Day(AtOffice, In(7, 30)), Utc(Monday, 10, 0));
        Assert.Equal(DailyStatus.PresentAtOffice, open.Status);
        Assert.False(open.NoCheckOut);
        Assert.False(open.Closed);

        var closed = Rules.Judge(Day(AtOffice, In(7, 30)), Utc(Monday, 11, 30));
        Assert.True(closed.NoCheckOut);
        Assert.Null(closed.CheckedOutAt);
        Assert.Equal(DailyStatus.PresentAtOffice, closed.Status);
    }

    [Fact]
    public void The_check_in_service_closing_the_day_marks_no_check_out_too()
    {
        var a = Rules.Judge(Day(AtOffice, In(7, 30, flags: AttendanceFlags.NoCheckOut)), Utc(Monday, 9, 0));
        Assert.True(a.NoCheckOut);
    }

    [Fact]
    public void Leaving_before_the_end_is_early_leave_by_whole_minutes_and_the_last_check_out_counts()
    {
        var a = Rules.Judge(Day(AtOffice, In(7, 30), Out(10, 0), Out(11, 0)), Later);
        Assert.Equal(30, a.EarlyLeaveMinutes);
        Assert.Equal(Utc(Monday, 11, 0), a.CheckedOutAt);
        Assert.False(a.NoCheckOut);
        Assert.Equal(DailyStatus.PresentAtOffice, a.Status);
    }

    [Fact]
    public void A_check_out_before_the_check_in_is_no_departure()
    {
        var a = Rules.Judge(Day(AtOffice, Out(7, 0), In(7, 30)), Later);
        Assert.Null(a.CheckedOutAt);
        Assert.True(a.NoCheckOut);
        Assert.Equal(0, a.EarlyLeaveMinutes);
    }

    [Fact]
    public void The_first_check_in_counts_when_there_are_several()
    {
        var a = Rules.Judge(Day(AtOffice, In(9, 0), In(7, 35), Out(11, 30)), Later);
        Assert.Equal(DailyStatus.PresentAtOffice, a.Status);
        Assert.Equal(Utc(Monday, 7, 35), a.CheckedInAt);
    }

    [Fact]
    public void A_check_out_alone_is_no_check_in()
    {
        var a = Rules.Judge(Day(AtOffice, Out(11, 30)), Later);
        Assert.Equal(DailyStatus.Absent, a.Status);
        Assert.Equal(Utc(Monday, 11, 30), a.CheckedOutAt);
        Assert.Null(a.CheckedInAt);
    }

    [Fact]
    public void A_check_in_in_another_mode_than_the_roster_gives_counts_and_is_not_scheduled()
    {
        var atHome = Rules.Judge(Day(AtOffice, In(7, 30, WorkMode.Home), Out(11, 30, WorkMode.Home)), Later);
        Assert.Equal(DailyStatus.PresentAtHome, atHome.Status);
        Assert.True(atHome.NotScheduled);

        var inOffice = Rules.Judge(Day(PlannedDay.Home(), In(7, 30), Out(16, 0)), Later);
        Assert.Equal(DailyStatus.PresentAtOffice, inOffice.Status);
        Assert.True(inOffice.NotScheduled);
    }

    [Fact]
    public void A_record_the_check_in_service_flagged_not_scheduled_stays_so()
    {
        var a = Rules.Judge(Day(AtOffice, In(7, 30, flags: AttendanceFlags.NotScheduled)), Later);
        Assert.True(a.NotScheduled);
        var absent = Rules.Judge(Day(AtOffice, Out(11, 0) with { Flags = AttendanceFlags.NotScheduled }), Later);
        Assert.True(absent.NotScheduled);
    }

    [Fact]
    public void A_working_day_without_a_roster_takes_either_mode_against_the_usual_hours()
    {
        var home = Rules.Judge(Day(null, In(7, 30, WorkMode.Home), Out(16, 0, WorkMode.Home)), Later);
        Assert.Equal(DailyStatus.PresentAtHome, home.Status);
        Assert.False(home.NotScheduled);
        var office = Rules.Judge(Day(null, In(7, 50), Out(16, 0)), Later);
        Assert.Equal(DailyStatus.Late, office.Status);
        Assert.Equal(20, office.LateMinutes);
        Assert.Equal(DailyStatus.NotYetCheckedIn, Rules.Judge(Day(null), Utc(Monday, 15, 59)).Status);
        Assert.Equal(DailyStatus.Absent, Rules.Judge(Day(null), Utc(Monday, 16, 0)).Status);
    }

    [Fact]
    public void A_manual_record_is_marked_manual()
    {
        var a = Rules.Judge(Day(AtOffice, In(7, 30, method: CheckInMethod.Manual), Out(11, 30)), Later);
        Assert.True(a.Manual);
        Assert.Equal(DailyStatus.PresentAtOffice, a.Status);
        Assert.False(Rules.Judge(Day(AtOffice, In(7, 30, method: CheckInMethod.QrCode)), Later).Manual);
    }

    [Fact]
    public void A_weekend_or_holiday_is_off_and_a_record_on_it_is_not_scheduled()
    {
        var holiday = new AttendanceDay(Monday, false, null, []);
        Assert.Equal(new DayAttendance(DailyStatus.Off), Rules.Judge(holiday, Later));
        Assert.Equal(DailyStatus.Off, Rules.Judge(holiday, Utc(Monday, 8, 0)).Status);

        var worked = Rules.Judge(holiday with { Records = [In(8, 0, method: CheckInMethod.Manual)] }, Later);
        Assert.Equal(DailyStatus.Off, worked.Status);
        Assert.True(worked.NotScheduled);
        Assert.True(worked.Manual);
        Assert.Equal(Utc(Monday, 8, 0), worked.CheckedInAt);
    }

    [Theory]
    [InlineData(UnavailabilityCause.Sick, DailyStatus.Sick)]
    [InlineData(UnavailabilityCause.Quarantine, DailyStatus.Sick)]
    [InlineData(UnavailabilityCause.Leave, DailyStatus.OnLeave)]
    public void Unavailability_gives_its_status_whatever_the_roster_and_even_before_the_day_ends(UnavailabilityCause cause, DailyStatus status)
    {
        var day = Day(PlannedDay.Off(AssignmentReason.Unavailable)) with { Unavailable = cause };
        var a = Rules.Judge(day, Utc(Monday, 8, 0));
        Assert.Equal(status, a.Status);
        Assert.True(a.Closed);
        Assert.False(a.IsPresent);
        // Recorded after the roster was published: the roster still says office.
        Assert.Equal(status, Rules.Judge(Day(AtOffice) with { Unavailable = cause }, Later).Status);
    }

    [Fact]
    public void Unavailability_comes_before_official_travel_and_travel_before_the_roster()
    {
        var both = Day(AtOffice) with { Unavailable = UnavailabilityCause.Sick, OnOfficialTravel = true };
        Assert.Equal(DailyStatus.Sick, Rules.Judge(both, Later).Status);
        var travel = Rules.Judge(Day(AtOffice) with { OnOfficialTravel = true }, Utc(Monday, 8, 0));
        Assert.Equal(DailyStatus.OfficialTravel, travel.Status);
        Assert.Equal(DailyStatus.Off, Rules.Judge(new AttendanceDay(Monday, false, null, [], OnOfficialTravel: true), Later).Status);
    }

    [Fact]
    public void A_check_in_while_on_leave_is_kept_and_not_scheduled()
    {
        var a = Rules.Judge(Day(AtOffice, In(7, 30)) with { Unavailable = UnavailabilityCause.Leave }, Later);
        Assert.Equal(DailyStatus.OnLeave, a.Status);
        Assert.True(a.NotScheduled);
        Assert.Equal(Utc(Monday, 7, 30), a.CheckedInAt);
    }

    [Theory]
    [InlineData(AssignmentReason.Unavailable)]
    [InlineData(AssignmentReason.NoPolicy)]
    public void Off_in_the_roster_is_off(AssignmentReason reason)
    {
        Assert.Equal(DailyStatus.Off, Rules.Judge(Day(PlannedDay.Off(reason)), Later).Status);
        var worked = Rules.Judge(Day(PlannedDay.Off(reason), In(7, 30)), Later);
        Assert.Equal(DailyStatus.Off, worked.Status);
        Assert.True(worked.NotScheduled);
    }

    [Theory]
    [InlineData("Asia/Jakarta", 7)]
    [InlineData("Asia/Pontianak", 7)]
    [InlineData("Asia/Makassar", 8)]
    [InlineData("Asia/Jayapura", 9)]
    public void Times_are_the_tenant_zone_s_wall_clock(string zone, int offsetHours)
    {
        var rules = new DailyStatusRules(zone, 0);
        // 07:40 local is the previous day in UTC for WIT (22:40 on Sunday) and the same day for the others.
        var arrival = DateTime.SpecifyKind(Monday.ToDateTime(new TimeOnly(7, 40)).AddHours(-offsetHours), DateTimeKind.Utc);
        var day = new AttendanceDay(Monday, true, AtOffice, [new DayRecord(CheckDirection.In, WorkMode.Office, CheckInMethod.Location, arrival)]);
        var a = rules.Judge(day, arrival);
        Assert.Equal(DailyStatus.Late, a.Status);
        Assert.Equal(10, a.LateMinutes);
        Assert.False(a.Closed);
        var end = DateTime.SpecifyKind(Monday.ToDateTime(new TimeOnly(11, 30)).AddHours(-offsetHours), DateTimeKind.Utc);
        Assert.False(rules.Judge(day, end.AddTicks(-1)).Closed);
        Assert.True(rules.Judge(day, end).NoCheckOut);
    }

    [Fact]
    public void The_same_instant_is_on_time_in_one_zone_and_late_in_another()
    {
        // 00:35 UTC on Monday: 07:35 WIB, 08:35 WITA, 09:35 WIT.
        var instant = new DateTime(2026, 3, 2, 0, 35, 0, DateTimeKind.Utc);
        var day = new AttendanceDay(Monday, true, AtOffice, [new DayRecord(CheckDirection.In, WorkMode.Office, CheckInMethod.Location, instant)]);
        Assert.Equal(5, new DailyStatusRules("Asia/Jakarta", 0).Judge(day, Later).LateMinutes);
        Assert.Equal(DailyStatus.Late, new DailyStatusRules("Asia/Jakarta", 0).Judge(day, Later).Status);
        Assert.Equal(DailyStatus.PresentAtOffice, new DailyStatusRules("Asia/Jakarta", 5).Judge(day, Later).Status);
        Assert.Equal(65, new DailyStatusRules("Asia/Makassar", 0).Judge(day, Later).LateMinutes);
        Assert.Equal(125, new DailyStatusRules("Asia/Jayapura", 0).Judge(day, Later).LateMinutes);
    }

    [Fact]
    public void A_check_in_just_after_local_midnight_is_early_not_the_previous_day_late()
    {
        // 17:05 UTC on Sunday is 00:05 on Monday in WIB: well before the shift.
        var justAfterMidnight = new DateTime(2026, 3, 1, 17, 5, 0, DateTimeKind.Utc);
        var day = new AttendanceDay(Monday, true, AtOffice, [new DayRecord(CheckDirection.In, WorkMode.Office, CheckInMethod.Location, justAfterMidnight)]);
        var a = Rules.Judge(day, Later);
        Assert.Equal(DailyStatus.PresentAtOffice, a.Status);
        Assert.Equal(0, a.LateMinutes);
        Assert.Equal(DailyStatus.NotYetCheckedIn, Rules.Judge(Day(AtOffice), new DateTime(2026, 3, 1, 17, 5, 0, DateTimeKind.Utc)).Status);
    }

    [Fact]
    public void A_record_converts_from_a_stored_check_in()
    {
        var stored = new CheckIn
        {
            Direction = CheckDirection.Out, Mode = WorkMode.Home, Method = CheckInMethod.Manual, DeviceAt = Utc(Monday, 16, 0),
            Flags = AttendanceFlags.ClockGap | AttendanceFlags.NotScheduled, MinutesOff = 3,
        };
        Assert.Equal(new DayRecord(CheckDirection.Out, WorkMode.Home, CheckInMethod.Manual, Utc(Monday, 16, 0), AttendanceFlags.ClockGap | AttendanceFlags.NotScheduled),
            DayRecord.From(stored));
    }
}
