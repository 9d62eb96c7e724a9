namespace Sikerja.Domain.Calendar;

public enum HolidayChange
{
    Add,
    Update,
    Unchanged,
}

/// <summary>A holiday the tenant already has, as an import compares it.</summary>
public sealed record HolidayEntry(DateOnly Date, string Name, HolidayKind Kind);

/// <summary>One date of an import: what it will become and, where it replaces something, a note saying what.</summary>
public sealed record PlannedHoliday(int Line, DateOnly Date, string Name, HolidayKind Kind, HolidayChange Change, string? Note);

/// <summary>
/// What importing a file would do, date by date. It is saved whole or not at all: any problem refuses it.
/// A date given twice takes its last row; a date the tenant already has is updated. Both are noted.
/// </summary>
public sealed record HolidayImportPlan(IReadOnlyList<PlannedHoliday> Holidays, IReadOnlyList<Problem> Problems)
{
    public bool CanSave => Problems.Count == 0 && Holidays.Count > 0;

    public int Count(HolidayChange change) => Holidays.Count(h => h.Change == change);

    public static HolidayImportPlan Build(HolidayFileReading reading, IReadOnlyDictionary<DateOnly, HolidayEntry> existing)
    {
        var problems = reading.Problems.ToList();
        if (reading.Rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new Problem("berkas", "berkas tidak berisi hari libur"));
        }
        var lastRowOf = new Dictionary<DateOnly, HolidayRow>();
        var replacedLines = new Dictionary<DateOnly, List<int>>();
        foreach (var row in reading.Rows)
        {
            if (lastRowOf.TryGetValue(row.Date, out var earlier) && earlier.Line != row.Line)
            {
                (replacedLines.TryGetValue(row.Date, out var lines) ? lines : replacedLines[row.Date] = []).Add(earlier.Line);
            }
            lastRowOf[row.Date] = row;
        }
        var planned = lastRowOf.Values.OrderBy(r => r.Date).Select(row =>
        {
            var notes = new List<string>();
            if (replacedLines.TryGetValue(row.Date, out var lines))
            {
                notes.Add($"tanggal yang sama juga di {string.Join(", ", lines.Select(HolidayFileReading.Line))}; baris ini yang dipakai");
            }
            var change = HolidayChange.Add;
            if (existing.TryGetValue(row.Date, out var current))
            {
                change = current.Name == row.Name && current.Kind == row.Kind ? HolidayChange.Unchanged : HolidayChange.Update;
                if (change == HolidayChange.Update)
                {
                    notes.Add($"menggantikan '{current.Name}' yang sudah ada");
                }
            }
            return new PlannedHoliday(row.Line, row.Date, row.Name, row.Kind, change, notes.Count == 0 ? null : string.Join("; ", notes));
        }).ToList();
        return new HolidayImportPlan(planned, problems);
    }
}
