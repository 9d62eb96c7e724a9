namespace Sikerja.Domain.Travel;

/// <summary>
/// Kemendagri region codes: "64" a province, "64.02" a regency or city in it. A code covers itself and, for a
/// province, every code below it ("64" covers "64.02"; "64.02" covers only itself). A tenant's own region
/// ("64.90", "LN-MY") belongs to the province its first part names, if any.
/// </summary>
public static class RegionCodes
{
    public static string ProvinceOf(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? code : code[..dot];
    }

    public static bool IsProvince(string code) => !code.Contains('.', StringComparison.Ordinal);

    /// <summary>Whether <paramref name="area"/> (a province or a regency/city) includes <paramref name="code"/>.</summary>
    public static bool Covers(string area, string code) =>
        string.Equals(area, code, StringComparison.Ordinal)
        || (IsProvince(area) && code.StartsWith(area + ".", StringComparison.Ordinal));

    /// <summary>
    /// A destination is inside the tenant's region when the home region covers it: a province tenant's home is
    /// the province, so its regencies are inside; a regency's home is the regency alone. Without a home region
    /// every destination counts as outside, so nothing escapes the rules of the circular.
    /// </summary>
    public static bool IsInRegion(string? homeRegionCode, string destinationCode) =>
        homeRegionCode is { Length: > 0 } home && Covers(home, destinationCode);

    /// <summary>A tenant's own code: letters, digits, dots and hyphens, 2 to <see cref="CustomRegion.MaxCodeLength"/> long.</summary>
    public static bool IsWellFormed(string code) =>
        code.Length is >= 2 and <= CustomRegion.MaxCodeLength
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
        && !code.StartsWith('.') && !code.EndsWith('.');
}
