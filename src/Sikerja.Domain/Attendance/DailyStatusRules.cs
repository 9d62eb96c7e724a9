using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// The daily status of one employee on one day, judged in the tenant's time zone (WIB, WITA, WIT: no daylight
/// saving, so a day is always 24 hours). In order:
/// <list type="number">
/// <item>not a working day of the tenant's calendar (weekend, holiday, collective leave): <see cref="DailyStatus.Off"/>;</item>
/// <item>unavailable: sick → <see cref="DailyStatus.Sick"/>, leave → <see cref="DailyStatus.OnLeave"/>, quarantine →
/// <see cref="DailyStatus.Sick"/> (a health absence excused like sickness; reading it as sick also tells a
/// supervisor no more than they may know of a colleague's health);</item>
/// <item>on official travel: <see cref="DailyStatus.OfficialTravel"/>;</item>
/// <item>off in the roster: <see cref="DailyStatus.Off"/>;</item>
/// <item>otherwise a working day: present at the office or at home by the first check-in's mode, or
/// <see cref="DailyStatus.Late"/> when it came more than the tolerance after the first shift's start; without a
/// check-in <see cref="DailyStatus.Absent"/> once the last shift has ended, <see cref="DailyStatus.NotYetCheckedIn"/> before.</item>
/// </list>
/// A day at home is judged against the circular's working day (its shifts' span, as the day's check-ins are); a
/// working day no published roster covers against the usual office hours (<see cref="UsualHours"/>), and without a
/// roster a check-in in either mode counts. Records on a day the roster
/// does not give, or in another mode, stay visible and are marked not scheduled. A check-out alone is not a
/// check-in: the employee did not say when they began.
/// </summary>
public sealed class DailyStatusRules
{
    /// <summary>The hours a working day no roster covers is judged against.</summary>
    public static readonly Shift UsualHours = Shift.FullDay;

    private readonly TimeZoneInfo _zone;
    private readonly int _lateToleranceMinutes;

    public DailyStatusRules(string timeZoneId, int lateToleranceMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lateToleranceMinutes);
        _zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        _lateToleranceMinutes = lateToleranceMinutes;
    }

    public DayAttendance Judge(AttendanceDay day, DateTime nowUtc)
    {
        var records = day.Records;
        var firstIn = First(records, CheckDirection.In);
        var manual = records.Any(r => r.Method == CheckInMethod.Manual);
        var flagged = records.Any(r => r.Flags.HasFlag(AttendanceFlags.NotScheduled));

        if (Excused(day) is { } excused)
        {
            return new DayAttendance(
                excused, firstIn?.Mode, firstIn?.DeviceAt, Last(records, CheckDirection.Out)?.DeviceAt,
                NotScheduled: records.Count > 0, Manual: manual);
        }

        var expected = day.Plan?.Mode;
        var hours = Hours(day);
        var startUtc = ToUtc(day.Date, hours.Start);
        var endUtc = ToUtc(day.Date, hours.End);
        var closed = nowUtc >= endUtc;

        if (firstIn is not { } arrival)
        {
            return new DayAttendance(
                closed ? DailyStatus.Absent : DailyStatus.NotYetCheckedIn, CheckedOutAt: Last(records, CheckDirection.Out)?.DeviceAt,
                NotScheduled: flagged, Manual: manual, Closed: closed);
        }

        var minutesAfterStart = WholeMinutes(arrival.DeviceAt - startUtc);
        var late = minutesAfterStart > _lateToleranceMinutes;
        var left = Last(records, CheckDirection.Out, notBefore: arrival.DeviceAt);
        var earlyLeave = left is { } l && l.DeviceAt < endUtc ? WholeMinutes(endUtc - l.DeviceAt) : 0;
        var notScheduled = flagged || (expected is { } mode && records.Any(r => Normalised(r.Mode) != mode));
        var noCheckOut = records.Any(r => r.Flags.HasFlag(AttendanceFlags.NoCheckOut)) || (left is null && closed);
        var presentMode = Normalised(arrival.Mode);

        return new DayAttendance(
            late ? DailyStatus.Late : presentMode == WorkMode.Office ? DailyStatus.PresentAtOffice : DailyStatus.PresentAtHome,
            presentMode,
            arrival.DeviceAt,
            left?.DeviceAt,
            late ? minutesAfterStart : 0,
            earlyLeave,
            noCheckOut,
            notScheduled,
            manual,
            closed);
    }

    /// <summary>The status of a day on which no attendance is expected, or null when it is expected.</summary>
    private static DailyStatus? Excused(AttendanceDay day)
    {
        if (!day.IsWorkingDay)
        {
            return DailyStatus.Off;
        }
        switch (day.Unavailable)
        {
            case UnavailabilityCause.Sick or UnavailabilityCause.Quarantine:
                return DailyStatus.Sick;
            case UnavailabilityCause.Leave:
                return DailyStatus.OnLeave;
        }
        if (day.OnOfficialTravel)
        {
            return DailyStatus.OfficialTravel;
        }
        return day.Plan?.Mode == WorkMode.Off ? DailyStatus.Off : null;
    }

    /// <summary>The planned day's hours (<see cref="PlannedDay.Hours"/>); the usual hours without a roster.</summary>
    private static WorkingHours Hours(AttendanceDay day) => day.Plan?.Hours ?? WorkingHours.Of([UsualHours]);

    private static DayRecord? First(IReadOnlyList<DayRecord> records, CheckDirection direction)
    {
        DayRecord? first = null;
        foreach (var r in records)
        {
            if (r.Direction == direction && (first is null || r.DeviceAt < first.Value.DeviceAt))
            {
                first = r;
            }
        }
        return first;
    }

    private static DayRecord? Last(IReadOnlyList<DayRecord> records, CheckDirection direction, DateTime? notBefore = null)
    {
        DayRecord? last = null;
        foreach (var r in records)
        {
            if (r.Direction == direction && (notBefore is null || r.DeviceAt >= notBefore) && (last is null || r.DeviceAt > last.Value.DeviceAt))
            {
                last = r;
            }
        }
        return last;
    }

    /// <summary>A record is either at the office or not; "off" is no place one checks in from.</summary>
    private static WorkMode Normalised(WorkMode mode) => mode == WorkMode.Office ? WorkMode.Office : WorkMode.Home;

    private static int WholeMinutes(TimeSpan span) => span <= TimeSpan.Zero ? 0 : (int)span.TotalMinutes;

    private DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), _zone);
}
