using System.Globalization;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Editing;
using Sikerja.Web.Features.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// Shortfalls, cap violations and broken rules told in words, in the caller's language, with unit and employee
/// names in place of codes and NIPs.
/// </summary>
public sealed class RosterExplainer(IStringLocalizer<Text> t, PolicyWords words)
{
    /// <param name="unitName">A unit's name by code (the code itself when unknown).</param>
    public string Shortfall(Shortfall s, PolicyRules policy, Func<string, string> unitName) =>
        t["{0}, {1}, shift {2}: aturan minimum {3} ({4}) perlu {5} orang di kantor, yang tersedia hanya {6}.",
            unitName(s.Unit), Day(s.Date), s.Shift, s.Rule + 1, Rule(policy, s.Rule), s.Required, s.Available];

    public string Violation(CapViolation v, PolicyRules policy, Func<string, string> unitName) =>
        t["{0}, {1}, shift {2}: {3} orang di kantor melebihi batas {4} ({5} dari pegawai yang diatur), karena aturan wajib hadir dan piket minimum membutuhkan mereka.",
            unitName(v.Unit), Day(v.Date), v.Shift, v.OnSite, v.Cap, Percent(policy.MaxOnSiteFraction)];

    /// <param name="employeeName">An employee's name by scenario id (NIP).</param>
    public string Breach(RuleBreach b, PolicyRules policy, Func<string, string> unitName, Func<string, string> employeeName)
    {
        var who = employeeName(b.Employee);
        var day = Day(b.Date);
        return b.Kind switch
        {
            BreachKind.Unavailable => t["{0} tercatat berhalangan pada {1}: harus tidak bertugas.", who, day],
            BreachKind.FixedOffice => t["{0} harus di kantor di semua shift pada {1}: {2}.", who, day, t[Labels.Of(b.Fixed ?? AssignmentReason.AlwaysOnSite)]],
            BreachKind.OffWithoutCause => t["{0} tidak tercatat berhalangan pada {1}: hanya pegawai yang berhalangan yang tidak bertugas (catat dulu sakit, karantina atau cutinya).", who, day],
            BreachKind.OneShift => t["{0} yang dijadwalkan di kantor pada {1} bertugas tepat di satu shift.", who, day],
            BreachKind.Minimum => t["{0}, {1}, shift {2}: aturan minimum {3} ({4}) tidak terpenuhi lagi, tinggal {5} dari {6} orang.",
                unitName(b.Unit!), day, b.Shift!, b.Rule!.Value + 1, Rule(policy, b.Rule.Value), b.Actual!.Value, b.Required!.Value],
            BreachKind.Cap => t["{0}, {1}, shift {2}: {3} orang di kantor melebihi batas {4}, dan tidak ada aturan minimum yang membutuhkan {5}.",
                unitName(b.Unit!), day, b.Shift!, b.Actual!.Value, b.Required!.Value, who],
            BreachKind.NotNeeded => t["{0} tidak dibutuhkan aturan minimum mana pun di {1} pada {2}, shift {3}: surat edaran ini hanya menghadirkan pegawai yang dibutuhkan.",
                who, unitName(b.Unit!), day, b.Shift!],
            BreachKind.CapacityRoom when b.Required is { } cap => t["{0}, {1}, shift {2}: baru {3} dari batas {4} orang di kantor, jadi {5} harus di kantor (kapasitas diisi penuh).",
                unitName(b.Unit!), day, b.Shift!, b.Actual!.Value, cap, who],
            BreachKind.CapacityRoom => t["{0}: surat edaran ini tanpa batas kapasitas, jadi {1} harus di kantor pada {2}.", unitName(b.Unit!), who, day],
            BreachKind.PriorityHome when b.Other is { } other => t["{0} diprioritaskan bekerja di rumah, dan {1} dapat menggantikannya di kantor pada {2}, shift {3}.", who, other, day, b.Shift!],
            BreachKind.PriorityHome => t["{0} diprioritaskan bekerja di rumah dan tidak dibutuhkan aturan minimum pada {1}, shift {2}.", who, day, b.Shift!],
            BreachKind.Fairness => t["Tidak adil: {0} akan punya {1} hari di kantor, sedangkan {2} (dapat saling menggantikan) punya {3}; selisihnya paling banyak satu.",
                who, b.Actual!.Value, b.Other!, b.Required!.Value],
            _ => b.Kind.ToString(),
        };
    }

    /// <summary>A minimum rule in words: "2 Administrator per Dinas/Badan".</summary>
    public string Rule(PolicyRules policy, int index) =>
        index >= 0 && index < policy.MinimumOnSite.Count
            ? t["{0} {1} per {2}", policy.MinimumOnSite[index].Count, words.Who(policy.MinimumOnSite[index].Select), t[Labels.Of(policy.MinimumOnSite[index].Per)]]
            : t["aturan {0}", index + 1];

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.CurrentCulture);

    private static string Percent(decimal? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.##", CultureInfo.CurrentCulture) + "%" : "—";
}
