namespace Sikerja.Domain.Tenants;

/// <summary>The IANA zones of Indonesia (WIB, WITA, WIT); none has daylight saving.</summary>
public static class IndonesianTimeZones
{
    public const string Wib = "Asia/Jakarta";
    public const string WibPontianak = "Asia/Pontianak";
    public const string Wita = "Asia/Makassar";
    public const string Wit = "Asia/Jayapura";

    public static IReadOnlyList<string> All { get; } = [Wib, WibPontianak, Wita, Wit];

    public static bool IsSupported(string? id) => id is not null && All.Contains(id);

    /// <summary>The short name people use: WIB, WITA or WIT.</summary>
    public static string Abbreviation(string id) => id switch
    {
        Wib or WibPontianak => "WIB",
        Wita => "WITA",
        Wit => "WIT",
        _ => id,
    };
}
