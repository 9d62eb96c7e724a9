using System.Globalization;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>
/// A circular's rules as sentences people read ("Pejabat struktural selalu bekerja di kantor", "Minimal 2
/// Administrator per Dinas/Badan …"), in the caller's language. Exempt units are named by their names where the
/// tenant has them.
/// </summary>
public sealed class PolicyWords(IStringLocalizer<Text> t)
{
    private static readonly PositionLevel[] Structural = [PositionLevel.Jpt, PositionLevel.Administrator, PositionLevel.Supervisor];

    public IReadOnlyList<string> Describe(PolicyRules rules, IReadOnlyDictionary<string, string> unitNames)
    {
        var lines = new List<string>
        {
            t["Berlaku bagi pegawai berstatus {0}.", List(rules.AppliesTo.Select(e => t[Labels.Of(e)].Value))],
        };
        var exempt = rules.ExemptUnitTypes.Select(type => t[Labels.Of(type)].Value)
            .Concat(rules.ExemptUnits.Select(code => unitNames.TryGetValue(code, out var name) ? $"{name} ({code})" : code))
            .ToList();
        if (exempt.Count > 0)
        {
            lines.Add(t["Dikecualikan (tetap bekerja seperti biasa di kantor, termasuk unit di bawahnya): {0}.", List(exempt)]);
        }
        lines.Add(rules.Shifts.Count == 1
            ? t["Jam kerja kantor: {0}.", Shift(rules.Shifts[0])]
            : t["Kerja di kantor dalam {0} shift: {1}; setiap pegawai masuk satu shift.", rules.Shifts.Count, List(rules.Shifts.Select(Shift))]);
        lines.AddRange(rules.AlwaysOnSite.Select(s => t["{0} selalu bekerja di kantor.", Capitalised(Who(s))].Value));
        lines.AddRange(rules.MinimumOnSite.Select(m =>
            t["Minimal {0} {1} per {2} hadir di kantor setiap hari kerja dan shift.", m.Count, Who(m.Select), t[Labels.Of(m.Per)]].Value));
        lines.Add(rules.MaxOnSiteFraction is { } f
            ? t["Kehadiran di kantor paling banyak {0}% pegawai setiap perangkat daerah, per shift.", (f * 100).ToString("0.##", CultureInfo.CurrentCulture)]
            : t["Tanpa batas persentase kehadiran di kantor."]);
        lines.Add(rules.Staffing == Staffing.Capacity
            ? t["Kantor diisi bergiliran sampai batas kehadiran; selebihnya bekerja dari rumah."]
            : t["Selain yang diwajibkan di atas, pegawai bekerja dari rumah."]);
        return lines;
    }

    /// <summary>"26 Mar 2020 – 28 Mar 2020", or "mulai 24 Mar 2020 (sampai dicabut)"; "tidak pernah berlaku" for a
    /// version ended before it began.</summary>
    public string Period(Policy policy) => policy.EffectiveUntil switch
    {
        null => t["mulai {0} (sampai dicabut)", Day(policy.EffectiveFrom)],
        { } until when until < policy.EffectiveFrom => t["tidak pernah berlaku (diakhiri sebelum {0})", Day(policy.EffectiveFrom)],
        { } until => $"{Day(policy.EffectiveFrom)} – {Day(until)}",
    };

    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>Whom a selector picks: "pejabat struktural", "Pelaksana berstatus Non-ASN", "kepala Dinas/Badan" …</summary>
    public string Who(Selector s)
    {
        if (s.Levels is null && s.Titles is null && s.HeadOfUnitTypes is null && s.Employment is null)
        {
            return t["semua pegawai"];
        }
        string who;
        if (s.Levels is { } levels)
        {
            who = levels.Count == Structural.Length && Structural.All(levels.Contains)
                ? t["pejabat struktural"]
                : List(levels.Select(l => t[Labels.Of(l)].Value));
        }
        else if (s.Titles is { } only && s.HeadOfUnitTypes is null)
        {
            who = List(only);
            return s.Employment is { } e ? t["{0} berstatus {1}", who, List(e.Select(x => t[Labels.Of(x)].Value))] : who;
        }
        else if (s.HeadOfUnitTypes is { } heads && s.Titles is null)
        {
            who = t["kepala {0}", List(heads.Select(h => t[Labels.Of(h)].Value))];
            return s.Employment is { } e ? t["{0} berstatus {1}", who, List(e.Select(x => t[Labels.Of(x)].Value))] : who;
        }
        else
        {
            who = t["para pegawai"];
        }
        if (s.Titles is { } titles)
        {
            who = t["{0} dengan jabatan {1}", who, List(titles)];
        }
        if (s.HeadOfUnitTypes is { } headOf)
        {
            who = t["{0} yang mengepalai {1}", who, List(headOf.Select(h => t[Labels.Of(h)].Value))];
        }
        if (s.Employment is { } employment)
        {
            who = t["{0} berstatus {1}", who, List(employment.Select(x => t[Labels.Of(x)].Value))];
        }
        return who;
    }

    private string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => t["(tidak ada)"],
            1 => all[0],
            _ => t["{0} dan {1}", string.Join(", ", all[..^1]), all[^1]],
        };
    }

    private static string Shift(Shift s) =>
        $"{s.Code} {s.Start.ToString("HH.mm", CultureInfo.InvariantCulture)}–{s.End.ToString("HH.mm", CultureInfo.InvariantCulture)}";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..];
}
