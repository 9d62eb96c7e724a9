using Sikerja.Domain.Calendar;

namespace Sikerja.Web.Features.Calendar;

public enum HolidayFileFormat
{
    Csv,
    ICalendar,
}

/// <summary>An uploaded holiday file: its text, its format and the kind iCal events get unless they say otherwise.</summary>
public sealed record HolidayFile(string Content, HolidayFileFormat Format, HolidayKind DefaultKind = HolidayKind.National)
{
    /// <summary>Holiday files are small (a year is a few dozen rows); anything larger is not one.</summary>
    public const int MaxCharacters = 512 * 1024;

    /// <summary>The format from the file name, or else from the content (an iCalendar starts with BEGIN:VCALENDAR).</summary>
    public static HolidayFileFormat Detect(string? fileName, string content)
    {
        var extension = Path.GetExtension(fileName ?? "");
        if (extension.Equals(".ics", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ical", StringComparison.OrdinalIgnoreCase))
        {
            return HolidayFileFormat.ICalendar;
        }
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return HolidayFileFormat.Csv;
        }
        return content.TrimStart('\uFEFF', ' ', '\r', '\n').StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase)
            ? HolidayFileFormat.ICalendar
            : HolidayFileFormat.Csv;
    }

    public HolidayFileReading Read()
    {
        if (Content.Length > MaxCharacters)
        {
            return HolidayFileReading.Unreadable($"berkas terlalu besar; paling besar {MaxCharacters / 1024} KB");
        }
        return Format == HolidayFileFormat.ICalendar ? IcalHolidayReader.Read(Content, DefaultKind) : HolidayCsv.Read(Content);
    }
}
