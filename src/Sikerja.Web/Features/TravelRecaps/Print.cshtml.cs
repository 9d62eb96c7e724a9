using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>An agency's recap as the A4 letter to the Sekda through the Asisten: letterhead, number, date, table, signature.</summary>
public sealed class PrintModel(TravelRecapQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public AgencyRecap Recap { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var recap = await query.AgencyAsync(Agency, Month, ct);
        switch (recap.Status)
        {
            case CommandStatus.Done:
                Recap = recap.Value!;
                return Page();
            case CommandStatus.Refused:
                return RedirectToPage("Index", new { agency = Agency });
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }
}
