using Sikerja.Domain;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;

namespace Sikerja.Web.Features.Demo;

/// <summary>What demo regency to seed: how many employees, its tenant code and name, and the seed that makes it repeatable.</summary>
public sealed record DemoOptions(int Employees = DemoOptions.DefaultEmployees, string Code = DemoOptions.DefaultCode, string Name = DemoOptions.DefaultName, int Seed = 1)
{
    public const int DefaultEmployees = 2000;
    public const int MinEmployees = 30;
    public const int MaxEmployees = 250_000;
    public const string DefaultCode = "demo";
    public const string DefaultName = "Pemerintah Kabupaten Sukamaju (demo)";

    /// <summary>The password of every demo account; demo accounts need not change it.</summary>
    public const string Password = "sikerja-demo-2026";

    private const string DefaultRegency = "Sukamaju";
    private static readonly string[] Prefixes = ["pemerintah", "kabupaten", "kota", "provinsi", "pemkab", "pemkot", "pemprov"];

    public IEnumerable<Problem> Validate()
    {
        if (Employees is < MinEmployees or > MaxEmployees)
        {
            yield return new Problem("employees", $"jumlah pegawai demo harus antara {MinEmployees} dan {MaxEmployees}");
        }
        if (TenantRules.CheckCode(Code) is { } code)
        {
            yield return code;
        }
        foreach (var p in TenantRules.ValidateSettings(Name, IndonesianTimeZones.Wib, WorkWeek.MondayToFriday))
        {
            yield return p;
        }
    }

    /// <summary>The regency's own name, for its town, RSUD and capital Kecamatan ("Sukamaju" of "Pemerintah Kabupaten Sukamaju (demo)").</summary>
    public string Regency
    {
        get
        {
            var name = Name ?? "";
            var bracket = name.IndexOf('(', StringComparison.Ordinal);
            var words = (bracket >= 0 ? name[..bracket] : name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SkipWhile(w => Prefixes.Contains(w.ToLowerInvariant()))
                .Select(w => new string([.. w.Where(c => char.IsLetterOrDigit(c) || c is '-' or '.')]))
                .Where(w => w.Length > 0)
                .ToList();
            var regency = string.Join(' ', words);
            return DemoPlaces.Slug(regency).Length == 0 ? DefaultRegency : regency;
        }
    }
}
