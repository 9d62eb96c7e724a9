using System.Globalization;

namespace Sikerja.Domain.Travel;

/// <summary>The calendar month a travel recap covers, written "yyyy-MM" in addresses and files.</summary>
public readonly record struct RecapMonth(int Year, int Month)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public static RecapMonth Of(DateOnly date) => new(date.Year, date.Month);

    public RecapMonth Previous => Of(First.AddMonths(-1));

    /// <summary>"Oktober 2026", as a letter names it.</summary>
    public string Name => First.ToString("MMMM yyyy", Indonesian);

    public override string ToString() => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Reads "yyyy-MM"; a problem on <paramref name="field"/> for anything else.</summary>
    public static bool TryParse(string? text, string field, out RecapMonth month, out Problem? problem)
    {
        month = default;
        problem = null;
        if (DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            && first.Year is >= 2000 and <= 2100)
        {
            month = Of(first);
            return true;
        }
        problem = new Problem(field, $"'{text}' bukan bulan; tulis tahun dan bulan seperti 2026-10");
        return false;
    }
}
