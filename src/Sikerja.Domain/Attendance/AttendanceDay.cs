namespace Sikerja.Domain.Attendance;

/// <summary>The working day a record belongs to: the tenant's date at the phone's time, so an offline record counts on the day it was made.</summary>
public static class AttendanceDay
{
    public static DateOnly Of(DateTime deviceAtUtc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(deviceAtUtc, DateTimeKind.Utc), zone));
}
