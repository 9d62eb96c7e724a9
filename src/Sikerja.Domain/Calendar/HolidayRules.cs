namespace Sikerja.Domain.Calendar;

/// <summary>What makes a holiday valid, independent of where it comes from (form, API, CSV or iCal file).</summary>
public static class HolidayRules
{
    public const int MaxNameLength = 200;
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static IEnumerable<Problem> Validate(DateOnly date, string? name, HolidayKind kind, string where = "")
    {
        if (date.Year is < FirstYear or > LastYear)
        {
            yield return new Problem(Field(where, "date"), $"tanggal {date:yyyy-MM-dd} di luar tahun {FirstYear}–{LastYear}");
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return new Problem(Field(where, "name"), "nama hari libur wajib diisi");
        }
        else if (name.Trim().Length > MaxNameLength)
        {
            yield return new Problem(Field(where, "name"), $"nama hari libur paling panjang {MaxNameLength} karakter");
        }
        if (!Enum.IsDefined(kind))
        {
            yield return new Problem(Field(where, "kind"), "jenis hari libur tidak dikenal");
        }
    }

    /// <summary>Rows of a file report their line; a form reports the field.</summary>
    private static string Field(string where, string field) => where.Length == 0 ? field : where;
}
