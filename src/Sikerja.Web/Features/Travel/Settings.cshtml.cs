using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Organisation;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>
/// "Pengaturan bepergian" (tenant admins): home region, approval chains, the high-risk step, emergency grace, quarantine,
/// and the Sekretariat Daerah whose head is the Sekda (left empty, the rule picks it).
/// </summary>
public sealed class SettingsModel(TravelSettingsService service, TravelRegions regions, SekdaReader sekda, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>How many steps a chain may have on the form: one per kind of step.</summary>
    public static readonly int Positions = Enum.GetValues<ApprovalStep>().Length;

    [BindProperty]
    public string? HomeRegionCode { get; set; }

    [BindProperty]
    public List<ApprovalStep?> OfficialChain { get; set; } = [];

    [BindProperty]
    public List<ApprovalStep?> PrivateChain { get; set; } = [];

    [BindProperty]
    public ApprovalStep? HighRiskExtraStep { get; set; }

    [BindProperty]
    public int EmergencyGraceHours { get; set; }

    [BindProperty]
    public int QuarantineDaysAfterHighRisk { get; set; }

    [BindProperty]
    public Guid? SekdaUnitId { get; set; }

    public string? HomeRegionName { get; private set; }

    /// <summary>The units that may be the Sekretariat Daerah.</summary>
    public IReadOnlyList<OrgUnit> Secretariats { get; private set; } = [];

    /// <summary>The unit the rule picks when none is chosen.</summary>
    public OrgUnit? ByRule { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await service.ReadAsync(ct);
        if (!current.IsDone)
        {
            return Forbid();
        }
        var s = current.Value!;
        (HomeRegionCode, HighRiskExtraStep, EmergencyGraceHours, QuarantineDaysAfterHighRisk, SekdaUnitId) =
            (s.HomeRegionCode, s.HighRiskExtraStep, s.EmergencyGraceHours, s.QuarantineDaysAfterHighRisk, s.SekdaUnitId);
        OfficialChain = [.. s.OfficialChain.Select(x => (ApprovalStep?)x)];
        PrivateChain = [.. s.PrivateChain.Select(x => (ApprovalStep?)x)];
        await DescribeAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await DescribeAsync(ct);
            return Page();
        }
        var result = await service.SaveAsync(new TravelSettingsInput(
            HomeRegionCode, [.. OfficialChain.OfType<ApprovalStep>()], [.. PrivateChain.OfType<ApprovalStep>()], HighRiskExtraStep,
            EmergencyGraceHours, QuarantineDaysAfterHighRisk, SekdaUnitId), ct);
        return await this.OutcomeAsync(result, _ => t["Pengaturan bepergian disimpan."].Value, _ => "/Travel/Settings",
            async () => { await DescribeAsync(ct); return Page(); });
    }

    private async Task DescribeAsync(CancellationToken ct)
    {
        HomeRegionName = await regions.FindAsync(HomeRegionCode, ct) is { } r ? TravelRegions.Describe(r) : null;
        Secretariats = await sekda.CandidatesAsync(ct);
        ByRule = SekdaRules.SekretariatDaerah(Secretariats, null);
    }
}
