using Ical.Net.CalendarComponents;
using Sikerja.Domain;
using Sikerja.Domain.Calendar;
using ICalendar = Ical.Net.Calendar;

namespace Sikerja.Web.Features.Calendar;

/// <summary>Reads holidays from an iCalendar (.ics) file: each all-day VEVENT is a holiday for each day it covers.</summary>
public static class IcalHolidayReader
{
    public static HolidayFileReading Read(string text, HolidayKind defaultKind)
    {
        ICalendar? calendar;
        try
        {
            calendar = ICalendar.Load(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return HolidayFileReading.Unreadable($"berkas tidak dapat dibaca sebagai iCalendar (.ics): {e.GetBaseException().Message}");
        }
        if (calendar is null)
        {
            return HolidayFileReading.Unreadable("berkas bukan iCalendar: tidak ada BEGIN:VCALENDAR");
        }
        var lines = EventLines(text);
        var rows = new List<HolidayRow>();
        var problems = new List<Problem>();
        var index = 0;
        foreach (var e in calendar.Events)
        {
            var line = index < lines.Count ? lines[index] : 0;
            index++;
            if (e.DtStart is not { } start)
            {
                problems.Add(new Problem(HolidayFileReading.Line(line), "acara tanpa tanggal mulai (DTSTART)"));
                continue;
            }
            var result = Describe(e, line, start.Value, start.HasTime).ToHolidays(defaultKind);
            rows.AddRange(result.Rows);
            problems.AddRange(result.Problems);
        }
        return new HolidayFileReading(rows, problems);
    }

    private static IcalHolidayEvent Describe(CalendarEvent e, int line, DateTime start, bool hasTime)
    {
        DateOnly? end = e.DtEnd is { } dtEnd ? DateOnly.FromDateTime(dtEnd.Value) : null;
        int? durationDays = e.Duration is { } d ? ((d.Weeks ?? 0) * 7) + (d.Days ?? 0) : null;
        var recurring = e.RecurrenceRule is not null || e.RecurrenceDates.GetAllDates().Any() || e.RecurrenceDates.GetAllPeriods().Any();
        return new IcalHolidayEvent(line, e.Summary, DateOnly.FromDateTime(start), end, durationDays, !hasTime, recurring);
    }

    /// <summary>The line of each BEGIN:VEVENT, in file order, so that problems can name it.</summary>
    private static List<int> EventLines(string text)
    {
        var result = new List<int>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            if (raw.Trim().Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(number);
            }
        }
        return result;
    }
}
