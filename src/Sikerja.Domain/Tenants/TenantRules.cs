using Sikerja.Domain.Calendar;

namespace Sikerja.Domain.Tenants;

/// <summary>What makes a tenant's code and settings valid, wherever they come from (page, API, command line).</summary>
public static class TenantRules
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 200;

    private const WorkWeek EveryDay = WorkWeek.MondayToSaturday | WorkWeek.Sunday;

    /// <summary>Codes are short and URL-safe: lower-case letters, digits and '-', starting with a letter.</summary>
    public static Problem? CheckCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return new Problem("code", "kode Pemda wajib diisi");
        }
        if (code.Length > MaxCodeLength)
        {
            return new Problem("code", $"kode Pemda paling panjang {MaxCodeLength} karakter");
        }
        var valid = char.IsAsciiLetterLower(code[0]) && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        return valid ? null : new Problem("code", $"kode Pemda '{code}' hanya boleh huruf kecil, angka dan '-', diawali huruf (contoh: kebumen)");
    }

    public static IEnumerable<Problem> ValidateSettings(string? name, string? timeZoneId, WorkWeek workWeek)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return new Problem("name", "nama Pemda wajib diisi");
        }
        else if (name.Trim().Length > MaxNameLength)
        {
            yield return new Problem("name", $"nama Pemda paling panjang {MaxNameLength} karakter");
        }
        if (!IndonesianTimeZones.IsSupported(timeZoneId))
        {
            yield return new Problem("timeZoneId",
                $"zona waktu '{timeZoneId}' tidak dikenal; pilih salah satu: {string.Join(", ", IndonesianTimeZones.All.Select(z => $"{z} ({IndonesianTimeZones.Abbreviation(z)})"))}");
        }
        if (workWeek == WorkWeek.None || (workWeek & ~EveryDay) != 0)
        {
            yield return new Problem("workWeek", "pekan kerja harus memuat paling sedikit satu hari kerja");
        }
    }

    public static IEnumerable<Problem> Validate(string? code, string? name, TenantKind kind, string? timeZoneId, WorkWeek workWeek)
    {
        if (CheckCode(code) is { } codeProblem)
        {
            yield return codeProblem;
        }
        if (!Enum.IsDefined(kind))
        {
            yield return new Problem("kind", "jenis Pemda harus kabupaten, kota atau provinsi");
        }
        foreach (var p in ValidateSettings(name, timeZoneId, workWeek))
        {
            yield return p;
        }
    }

    /// <summary>Reads a work week written as the scenario format's day names ("Mon", "Tue" …).</summary>
    public static bool TryParseWorkDays(IEnumerable<string>? names, out WorkWeek week, out Problem? problem)
    {
        week = WorkWeek.None;
        problem = null;
        var unknown = (names ?? []).Where(n => !WorkWeekExtensions.IsScenarioDayName(n)).ToList();
        if (unknown.Count > 0)
        {
            problem = new Problem("workDays", $"hari '{string.Join("', '", unknown)}' tidak dikenal; pakai Mon, Tue, Wed, Thu, Fri, Sat, Sun");
            return false;
        }
        week = WorkWeekExtensions.FromScenarioDayNames(names ?? []);
        return true;
    }
}
