using System.Globalization;

namespace Sikerja.Domain.Calendar;

/// <summary>
/// Reads holidays from CSV: a header row naming the columns <c>date,name,kind</c> (or <c>tanggal,nama,jenis</c>,
/// in any order), then one holiday a row with an ISO date (YYYY-MM-DD) and a kind in code or Indonesian words.
/// </summary>
public static class HolidayCsv
{
    public const int MaxRows = 5000;
    public const string Header = "date,name,kind";

    private static readonly string[] Columns = ["date", "name", "kind"];

    private static readonly Dictionary<string, string> ColumnNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = "date", ["tanggal"] = "date",
        ["name"] = "name", ["nama"] = "name", ["keterangan"] = "name",
        ["kind"] = "kind", ["jenis"] = "kind",
    };

    public static HolidayFileReading Read(string text)
    {
        text = text.TrimStart('\uFEFF');
        var (records, splitProblem) = CsvText.Split(text, CsvText.DetectDelimiter(text));
        var lines = records.Where(r => !r.IsBlank).ToList();
        if (lines.Count == 0)
        {
            return HolidayFileReading.Unreadable($"berkas kosong; baris pertama harus judul kolom {Header}");
        }
        var header = lines[0];
        var column = new Dictionary<string, int>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            if (ColumnNames.TryGetValue(header.Fields[i].Trim(), out var known))
            {
                column.TryAdd(known, i);
            }
        }
        var missing = Columns.Where(c => !column.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return new HolidayFileReading([], [new Problem(HolidayFileReading.Line(header.Line),
                $"kolom {string.Join(", ", missing)} tidak ada; baris pertama harus judul kolom {Header}")]);
        }
        var rows = new List<HolidayRow>();
        var problems = new List<Problem>();
        if (splitProblem is not null)
        {
            problems.Add(splitProblem);
        }
        if (lines.Count - 1 > MaxRows)
        {
            problems.Add(new Problem("berkas", $"paling banyak {MaxRows} baris hari libur dalam satu berkas"));
            return new HolidayFileReading([], problems);
        }
        foreach (var record in lines.Skip(1))
        {
            var row = ReadRow(record, column, problems);
            if (row is not null)
            {
                rows.Add(row);
            }
        }
        return new HolidayFileReading(rows, problems);
    }

    private static HolidayRow? ReadRow(CsvRecord record, Dictionary<string, int> column, List<Problem> problems)
    {
        var where = HolidayFileReading.Line(record.Line);
        string Field(string name) => column[name] < record.Fields.Count ? record.Fields[column[name]].Trim() : "";
        var before = problems.Count;
        var dateText = Field("date");
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new Problem(where, dateText.Length == 0
                ? "tanggal kosong"
                : $"tanggal '{dateText}' tidak valid; tulis YYYY-MM-DD (contoh 2025-08-17)"));
        }
        var kindText = Field("kind");
        if (!HolidayKinds.TryParse(kindText, out var kind))
        {
            problems.Add(new Problem(where, $"jenis '{kindText}' tidak dikenal; pakai {HolidayKinds.Accepted}"));
        }
        var name = Field("name");
        if (problems.Count > before)
        {
            if (name.Length == 0)
            {
                problems.Add(new Problem(where, "nama hari libur wajib diisi"));
            }
            return null;
        }
        var invalid = HolidayRules.Validate(date, name, kind, where).ToList();
        problems.AddRange(invalid);
        return invalid.Count == 0 ? new HolidayRow(record.Line, date, name, kind) : null;
    }
}
