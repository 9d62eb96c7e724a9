using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Features.Shared;
using ICalendar = Ical.Net.Calendar;

namespace Sikerja.Web.Features.Schedule;

/// <summary>
/// An employee's published office and home days as an iCalendar: an office day is an event from its first shift's
/// start to its last shift's end in the tenant's zone, a home day an all-day event; days off are left out. Each day
/// keeps one UID, so that a calendar app replaces the day when the roster is repaired. Written in Indonesian, the
/// application's default language (calendar apps say nothing of the reader's).
/// </summary>
public static class ScheduleCalendar
{
    public static string Write(ScheduleRange range, DateTime nowUtc)
    {
        var calendar = new ICalendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"Jadwal piket {range.EmployeeName}");
        calendar.AddProperty("X-WR-TIMEZONE", range.TimeZoneId);
        calendar.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(range.TimeZoneId, range.Days[0].Date.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));
        var stamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc));
        foreach (var day in range.Days)
        {
            var e = day.Kind switch
            {
                ScheduleDayKind.Office when day.ShiftList.Count > 0 => new CalendarEvent
                {
                    Summary = day.ShiftList.Count == 1 ? $"Di kantor (WFO), shift {day.ShiftList[0].Code}" : "Di kantor (WFO)",
                    DtStart = new CalDateTime(day.Date, day.ShiftList.Min(s => s.Start), range.TimeZoneId),
                    DtEnd = new CalDateTime(day.Date, day.ShiftList.Max(s => s.End), range.TimeZoneId),
                    Location = day.OfficeAddress is { } address ? $"{day.UnitName}, {address}" : day.UnitName,
                    Description = Description(day, range.TimeZoneId),
                },
                ScheduleDayKind.Home => new CalendarEvent
                {
                    Summary = "Bekerja dari rumah (WFH)",
                    DtStart = new CalDateTime(day.Date),
                    DtEnd = new CalDateTime(day.Date.AddDays(1)),
                    Description = Description(day, range.TimeZoneId),
                },
                _ => null,
            };
            if (e is null)
            {
                continue;
            }
            e.Uid = $"{day.Date:yyyyMMdd}-{range.EmployeeId:N}@sikerja";
            e.DtStamp = stamp;
            calendar.Events.Add(e);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Description(ScheduleDay day, string zoneId)
    {
        var lines = new List<string>();
        if (day.ShiftList.Count > 0)
        {
            lines.Add(string.Join(", ", day.ShiftList.Select(s =>
                string.Create(CultureInfo.InvariantCulture, $"Shift {s.Code} {s.Start:HH:mm}–{s.End:HH:mm} {IndonesianTimeZones.Abbreviation(zoneId)}"))));
        }
        if (day.Reason is { } reason)
        {
            lines.Add(Labels.Of(reason));
        }
        if (day.PolicyNumber is { } number)
        {
            lines.Add($"SE {number}");
        }
        return string.Join("\n", lines);
    }
}
