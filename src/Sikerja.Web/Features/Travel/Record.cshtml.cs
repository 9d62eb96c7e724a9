using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>"Catat perjalanan tanpa izin": a direct superior or agency admin records a trip that began without approval.</summary>
public sealed class RecordModel(TravelRecording recording, TravelRegions regions, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty]
    public string? Nip { get; set; }

    [BindProperty]
    public TravelPurpose Purpose { get; set; } = TravelPurpose.Personal;

    [BindProperty]
    public string? Destination { get; set; }

    [BindProperty]
    public DateOnly? LeavesOn { get; set; }

    [BindProperty]
    public DateOnly? ReturnsOn { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    public DestinationChoice Choice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choice = await DestinationChoice.LoadAsync(regions, Province, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await recording.RecordAsync(new UnapprovedTripInput(null, Nip, Purpose, Destination, LeavesOn, ReturnsOn, Reason, Contact), ct);
        return await this.OutcomeAsync(result,
            p => t["Perjalanan ke {0} dicatat tanpa izin; pegawai diberi tahu.", p.DestinationName].Value,
            _ => "/Travel/Record",
            async () =>
            {
                Choice = await DestinationChoice.LoadAsync(regions, Province, Destination, ct);
                return Page();
            });
    }
}
