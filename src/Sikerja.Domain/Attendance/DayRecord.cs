namespace Sikerja.Domain.Attendance;

/// <summary>A check-in or check-out as the daily status reads it (the parts of <see cref="CheckIn"/> that count).</summary>
public readonly record struct DayRecord(
    CheckDirection Direction, Rosters.WorkMode Mode, CheckInMethod Method, DateTime DeviceAt, AttendanceFlags Flags = AttendanceFlags.None)
{
    public static DayRecord From(CheckIn c) => new(c.Direction, c.Mode, c.Method, c.DeviceAt, c.Flags);
}
