using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>
/// The month across the agencies (the Sekda, leadership and tenant admins: all; an Asisten: theirs): the consolidated
/// counts of the submitted letters, who has not submitted, and the Asisten's letters to forward.
/// </summary>
public sealed class ConsolidatedModel(TravelRecapQuery query, TravelRecapService service, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public ConsolidatedRecap? Recap { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostForwardAsync(Guid agency, CancellationToken ct)
    {
        var result = await service.ForwardAsync(agency, Month, ct);
        return await this.OutcomeAsync(result, _ => t["Rekap diteruskan kepada Sekretaris Daerah."].Value,
            _ => $"/TravelRecaps/Consolidated?month={Uri.EscapeDataString(Month ?? "")}",
            async () =>
            {
                await ShowAsync(ct);
                return Page();
            });
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var recap = await query.ConsolidatedAsync(Month, ct);
        if (recap.Value is { } r)
        {
            var file = RecapWorkbook.Consolidated(r);
            return File(file.Content, file.ContentType, file.FileName);
        }
        return recap.Status == CommandStatus.Refused ? RedirectToPage(new { month = (string?)null }) : Forbid();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var recap = await query.ConsolidatedAsync(Month, ct);
        switch (recap.Status)
        {
            case CommandStatus.Forbidden:
                return Forbid();
            case CommandStatus.Refused:
                ModelState.AddProblems(recap.Problems);
                return Page();
        }
        Recap = recap.Value!;
        Month = Recap.Month.ToString();
        return Page();
    }
}
