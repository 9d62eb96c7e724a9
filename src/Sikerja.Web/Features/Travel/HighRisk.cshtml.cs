using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>"Zona risiko tinggi" (tenant admins, health officers): regions marked high-risk for a date range.</summary>
public sealed class HighRiskModel(HighRiskService service, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public string? RegionCode { get; set; }

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? Until { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public IReadOnlyList<HighRiskView> Marked { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await service.AddAsync(new HighRiskInput(RegionCode, From, Until, Note), ct);
        return await this.OutcomeAsync(result, r => t["Daerah {0} ditandai zona risiko tinggi {1:yyyy-MM-dd} s.d. {2:yyyy-MM-dd}.", r.RegionCode, r.From, r.Until].Value,
            _ => "/Travel/HighRisk", async () => { await ShowAsync(ct); return Page(); });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        var result = await service.RemoveAsync(id, ct);
        return await this.OutcomeAsync(result, _ => t["Penandaan dihapus."].Value, _ => "/Travel/HighRisk", async () => { await ShowAsync(ct); return Page(); });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var list = await service.ListAsync(ct);
        if (!list.IsDone)
        {
            return Forbid();
        }
        Marked = list.Value!;
        return Page();
    }
}
