using System.Text;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>The date (YYYY-MM-DD) and time (HH:mm) texts of the scenario format, read and written without allocating.</summary>
internal static class JsonText
{
    public static bool TryParseDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    public static bool TryParseTime(ReadOnlySpan<byte> text, out TimeOnly time)
    {
        time = default;
        if (text.Length != 5 || text[2] != ':' || !TryDigits(text[..2], out var hour) || !TryDigits(text[3..], out var minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }
        time = new TimeOnly(hour, minute);
        return true;
    }

    /// <summary>YYYY-MM-DD as UTF-8.</summary>
    public static byte[] Date(DateOnly date) => Encoding.ASCII.GetBytes(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public static string Time(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            value = value * 10 + (b - '0');
        }
        return true;
    }
}
