using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>Tenant admins pick, for each agency, the Asisten its monthly travel recap goes through.</summary>
public sealed class RoutesModel(RecapRouteService routes, IStringLocalizer<Text> t) : PageModel
{
    public IReadOnlyList<RecapRouteRow> Rows { get; private set; } = [];

    public IReadOnlyList<AsistenCandidate> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid agency, Guid? asisten, CancellationToken ct)
    {
        var result = await routes.SetAsync(agency, asisten, ct);
        return await this.OutcomeAsync(result, _ => t["Jalur rekap disimpan."].Value, _ => "/TravelRecaps/Routes", async () =>
        {
            await ShowAsync(ct);
            return Page();
        });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var rows = await routes.RoutesAsync(ct);
        if (!rows.IsDone)
        {
            return Forbid();
        }
        Rows = rows.Value!;
        Candidates = await routes.CandidatesAsync(ct);
        return Page();
    }
}
