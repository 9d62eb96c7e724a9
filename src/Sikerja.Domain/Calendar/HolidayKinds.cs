namespace Sikerja.Domain.Calendar;

/// <summary>Reads a holiday kind as people write it in a file: the code name or the Indonesian words.</summary>
public static class HolidayKinds
{
    private static readonly Dictionary<string, HolidayKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["national"] = HolidayKind.National,
        ["libur nasional"] = HolidayKind.National,
        ["nasional"] = HolidayKind.National,
        ["hari libur nasional"] = HolidayKind.National,
        ["collectiveleave"] = HolidayKind.CollectiveLeave,
        ["collective leave"] = HolidayKind.CollectiveLeave,
        ["cuti bersama"] = HolidayKind.CollectiveLeave,
        ["regional"] = HolidayKind.Regional,
        ["libur daerah"] = HolidayKind.Regional,
        ["daerah"] = HolidayKind.Regional,
    };

    public const string Accepted = "National, CollectiveLeave, Regional, 'libur nasional', 'cuti bersama' atau 'libur daerah'";

    public static bool TryParse(string? text, out HolidayKind kind)
    {
        var key = string.Join(' ', (text ?? "").Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Words.TryGetValue(key, out kind);
    }
}
