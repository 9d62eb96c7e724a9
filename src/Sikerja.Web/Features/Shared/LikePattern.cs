namespace Sikerja.Web.Features.Shared;

/// <summary>
/// A LIKE pattern that finds a text anywhere, with the wildcards in it taken literally (escape character '\').
/// Matched against a lower-cased column with a lower-cased term, it is case-insensitive on SQLite and PostgreSQL alike.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string term) =>
        "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
