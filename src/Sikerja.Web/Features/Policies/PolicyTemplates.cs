using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.Web.Features.Policies;

/// <summary>A source circular shipped as a starting point, with what its article says of its signer and of who is
/// held to account (daily reports, travel permits; these are not part of the scenario's <c>policy</c> object).</summary>
public sealed record PolicyTemplate(
    string Key, string Region, string SignerPost, string SignerName, string Summary,
    ReportingScope Reporting = ReportingScope.HomeWorkers, bool OutOfRegionNeedsPermit = true, bool OfficialInRegionNeedsPermit = false)
{
    /// <summary>The circular's <c>policy</c> object as shipped (shared/scenarios), with its original dates.</summary>
    public PolicyRules Rules => PolicyTemplates.Load(Key);
}

/// <summary>
/// The five source circulars of shared/seeds, as the <c>policy</c> objects of shared/scenarios (embedded files
/// Templates/*.json). A signer's name is given where the article names who signed. Accountability is the default
/// (reports from those at home, permission to leave the region) except where an article says more: Seruyan's
/// official trips inside the region need the regent's leave too.
/// </summary>
public static class PolicyTemplates
{
    public static readonly IReadOnlyList<PolicyTemplate> All =
    [
        new("kebumen-2020", "Kabupaten Kebumen", "Bupati Kebumen", "Yazid Mahfudz",
            "Pejabat struktural utama tetap di kantor; minimal 2 Administrator dan 1 Pengawas per OPD, 1 pelaksana per seksi; layanan kesehatan, BPBD, Disperkim LH dan Satpol PP dikecualikan."),
        new("kukar-2021", "Kabupaten Kutai Kartanegara", "Bupati Kutai Kartanegara", "",
            "Kehadiran di kantor paling banyak 25% dalam shift pagi dan siang; pejabat struktural selalu hadir; kantor diisi sampai batas."),
        new("paser-2020", "Kabupaten Paser", "Wakil Bupati Paser", "Kaharuddin",
            "Dua tingkat pejabat struktural tertinggi di kantor, lainnya bekerja dari rumah; layanan publik, kecamatan dan puskesmas dikecualikan."),
        new("seruyan-2020", "Kabupaten Seruyan", "Bupati Seruyan", "Yulhaidir",
            "Setiap SOPD piket minimal 1 Administrator, 1 Pengawas dan 2 staf; termasuk guru dan tenaga honorer; dinas luar dan dalam daerah seizin bupati.",
            OfficialInRegionNeedsPermit: true),
        new("solok-selatan-2020", "Kabupaten Solok Selatan", "Bupati Solok Selatan", "",
            "Instruksi Bupati: seluruh pejabat struktural tetap bekerja di kantor; OPD pelayanan publik dikecualikan; berlaku sampai dicabut."),
    ];

    public static PolicyTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);

    internal static PolicyRules Load(string key)
    {
        using var stream = typeof(PolicyTemplates).Assembly.GetManifestResourceStream($"Sikerja.Web.Features.Policies.Templates.{key}.json")
            ?? throw new InvalidOperationException($"The policy template {key} is not embedded.");
        var read = PolicyJson.Read(stream);
        return read.Value ?? throw new InvalidOperationException($"The policy template {key} does not read: {string.Join("; ", read.Problems)}");
    }

    /// <summary>
    /// The template's rules for a new draft: in force from <paramref name="from"/> for as many days as the original
    /// (open-ended stays open-ended), exempt units kept where the tenant has a unit of that code and otherwise
    /// returned as dropped.
    /// </summary>
    public static (PolicyRules Rules, IReadOnlyList<string> Dropped) Adapt(PolicyRules original, DateOnly from, IReadOnlySet<string> unitCodes)
    {
        var until = original.EffectiveUntil is { } end ? from.AddDays(end.DayNumber - original.EffectiveFrom.DayNumber) : (DateOnly?)null;
        var kept = original.ExemptUnits.Where(unitCodes.Contains).ToList();
        var dropped = original.ExemptUnits.Where(u => !unitCodes.Contains(u)).ToList();
        return (original with { EffectiveFrom = from, EffectiveUntil = until, ExemptUnits = kept }, dropped);
    }
}
