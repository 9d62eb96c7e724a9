using Sikerja.Domain.Organisation;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Policies;

/// <summary>
/// What makes a circular's rules valid, wherever they come from (form, API, template, JSON file). Each problem
/// names its field as a path of the spec's <c>policy</c> object (<c>shifts[1].end</c>), which the form uses too.
/// </summary>
public static class PolicyRulesCheck
{
    public const int MaxNumberLength = 100;
    public const int MaxTitleLength = 300;
    public const int MaxShiftCodeLength = 16;
    public const int MaxTitleNameLength = 200;
    public const int MaxRules = 50;
    public const int MaxCount = 1000;
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static IEnumerable<Problem> Validate(PolicyRules rules)
    {
        if (string.IsNullOrWhiteSpace(rules.Number))
        {
            yield return new Problem("number", "nomor surat edaran wajib diisi");
        }
        else if (rules.Number.Length > MaxNumberLength)
        {
            yield return new Problem("number", $"nomor surat edaran paling panjang {MaxNumberLength} karakter");
        }
        if (string.IsNullOrWhiteSpace(rules.Title))
        {
            yield return new Problem("title", "perihal (judul) surat edaran wajib diisi");
        }
        else if (rules.Title.Length > MaxTitleLength)
        {
            yield return new Problem("title", $"perihal surat edaran paling panjang {MaxTitleLength} karakter");
        }
        foreach (var p in Dates(rules))
        {
            yield return p;
        }
        foreach (var p in Coverage(rules))
        {
            yield return p;
        }
        foreach (var p in Shifts(rules.Shifts))
        {
            yield return p;
        }
        foreach (var p in Selectors(rules))
        {
            yield return p;
        }
        if (rules.MaxOnSiteFraction is { } f && (f <= 0 || f > 1))
        {
            yield return new Problem("maxOnSiteFraction", $"batas kehadiran harus lebih dari 0% dan paling banyak 100%, bukan {f * 100:0.##}%");
        }
        if (!Enum.IsDefined(rules.Staffing))
        {
            yield return new Problem("staffing", "cara pengisian kantor tidak dikenal");
        }
    }

    private static IEnumerable<Problem> Dates(PolicyRules rules)
    {
        if (rules.EffectiveFrom.Year is < FirstYear or > LastYear)
        {
            yield return new Problem("effectiveFrom", $"tanggal mulai berlaku di luar tahun {FirstYear}–{LastYear}");
        }
        if (rules.EffectiveUntil is { } until)
        {
            if (until.Year is < FirstYear or > LastYear)
            {
                yield return new Problem("effectiveUntil", $"tanggal akhir berlaku di luar tahun {FirstYear}–{LastYear}");
            }
            else if (until < rules.EffectiveFrom)
            {
                yield return new Problem("effectiveUntil",
                    $"tanggal akhir berlaku ({until:yyyy-MM-dd}) sebelum tanggal mulai berlaku ({rules.EffectiveFrom:yyyy-MM-dd})");
            }
        }
    }

    private static IEnumerable<Problem> Coverage(PolicyRules rules)
    {
        if (rules.AppliesTo.Count == 0)
        {
            yield return new Problem("appliesTo", "pilih paling sedikit satu jenis kepegawaian yang diatur");
        }
        foreach (var (employment, i) in rules.AppliesTo.Select((e, i) => (e, i)).Where(x => !Enum.IsDefined(x.e)))
        {
            yield return new Problem($"appliesTo[{i}]", $"jenis kepegawaian '{employment}' tidak dikenal");
        }
        foreach (var (type, i) in rules.ExemptUnitTypes.Select((t, i) => (t, i)).Where(x => !Enum.IsDefined(x.t)))
        {
            yield return new Problem($"exemptUnitTypes[{i}]", $"jenis unit '{type}' tidak dikenal");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.ExemptUnits.Count; i++)
        {
            var code = rules.ExemptUnits[i];
            if (UnitCode.Check(code) is { } problem)
            {
                yield return new Problem($"exemptUnits[{i}]", problem.Message);
            }
            else if (!seen.Add(code))
            {
                yield return new Problem($"exemptUnits[{i}]", $"unit '{code}' disebut lebih dari sekali");
            }
        }
    }

    private static IEnumerable<Problem> Shifts(IReadOnlyList<Shift> shifts)
    {
        if (shifts.Count == 0)
        {
            yield return new Problem("shifts", "paling sedikit satu shift");
        }
        if (shifts.Count > ShiftSet.MaxShifts)
        {
            yield return new Problem("shifts", $"paling banyak {ShiftSet.MaxShifts} shift");
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < shifts.Count; i++)
        {
            var shift = shifts[i];
            if (string.IsNullOrWhiteSpace(shift.Code))
            {
                yield return new Problem($"shifts[{i}].code", "kode shift wajib diisi");
            }
            else if (shift.Code.Length > MaxShiftCodeLength || !shift.Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                yield return new Problem($"shifts[{i}].code",
                    $"kode shift '{shift.Code}' hanya boleh huruf, angka, '-' dan '_', paling panjang {MaxShiftCodeLength} karakter");
            }
            else if (!codes.Add(shift.Code))
            {
                yield return new Problem($"shifts[{i}].code", $"kode shift '{shift.Code}' dipakai lebih dari sekali");
            }
            if (shift.End <= shift.Start)
            {
                yield return new Problem($"shifts[{i}].end", $"shift {shift.Code} harus berakhir setelah mulai ({shift.Start:HH\\:mm})");
            }
        }
    }

    private static IEnumerable<Problem> Selectors(PolicyRules rules)
    {
        if (rules.AlwaysOnSite.Count > MaxRules)
        {
            yield return new Problem("alwaysOnSite", $"paling banyak {MaxRules} ketentuan");
        }
        for (var i = 0; i < rules.AlwaysOnSite.Count; i++)
        {
            foreach (var p in Selector(rules.AlwaysOnSite[i], $"alwaysOnSite[{i}]"))
            {
                yield return p;
            }
        }
        if (rules.MinimumOnSite.Count > MaxRules)
        {
            yield return new Problem("minimumOnSite", $"paling banyak {MaxRules} ketentuan");
        }
        for (var i = 0; i < rules.MinimumOnSite.Count; i++)
        {
            var rule = rules.MinimumOnSite[i];
            if (!Enum.IsDefined(rule.Per))
            {
                yield return new Problem($"minimumOnSite[{i}].per", $"jenis unit '{rule.Per}' tidak dikenal");
            }
            if (rule.Count is < 1 or > MaxCount)
            {
                yield return new Problem($"minimumOnSite[{i}].count", $"jumlah minimal harus 1 sampai {MaxCount}, bukan {rule.Count}");
            }
            foreach (var p in Selector(rule.Select, $"minimumOnSite[{i}].select"))
            {
                yield return p;
            }
        }
    }

    private static IEnumerable<Problem> Selector(Selector selector, string where)
    {
        foreach (var level in (selector.Levels ?? []).Where(l => !Enum.IsDefined(l)))
        {
            yield return new Problem($"{where}.levels", $"tingkat jabatan '{level}' tidak dikenal");
        }
        foreach (var type in (selector.HeadOfUnitTypes ?? []).Where(t => !Enum.IsDefined(t)))
        {
            yield return new Problem($"{where}.headOfUnitTypes", $"jenis unit '{type}' tidak dikenal");
        }
        foreach (var employment in (selector.Employment ?? []).Where(e => !Enum.IsDefined(e)))
        {
            yield return new Problem($"{where}.employment", $"jenis kepegawaian '{employment}' tidak dikenal");
        }
        foreach (var title in selector.Titles ?? [])
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                yield return new Problem($"{where}.titles", "nama jabatan tidak boleh kosong");
            }
            else if (title.Length > MaxTitleNameLength)
            {
                yield return new Problem($"{where}.titles", $"nama jabatan paling panjang {MaxTitleNameLength} karakter");
            }
        }
    }
}
