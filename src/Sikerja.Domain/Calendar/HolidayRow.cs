namespace Sikerja.Domain.Calendar;

/// <summary>One holiday read from a file, with the line it was read from.</summary>
public sealed record HolidayRow(int Line, DateOnly Date, string Name, HolidayKind Kind);

/// <summary>What a file yielded: its holidays and, by line, everything that stops it from being saved.</summary>
public sealed record HolidayFileReading(IReadOnlyList<HolidayRow> Rows, IReadOnlyList<Problem> Problems)
{
    public static HolidayFileReading Unreadable(string message) => new([], [new Problem("berkas", message)]);

    public static string Line(int line) => $"baris {line}";
}
