using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>"Persetujuan izin bepergian": the permits waiting for the caller's decision, approved or rejected from the phone.</summary>
public sealed class ApprovalsModel(TravelDecisions decisions, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public string? Comment { get; set; }

    public IReadOnlyList<PermitView> Waiting { get; private set; } = [];

    public DateOnly Today => time.Clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => DecideAsync(id, true, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => DecideAsync(id, false, ct);

    private async Task<IActionResult> DecideAsync(Guid id, bool approve, CancellationToken ct)
    {
        var result = await decisions.DecideAsync(id, new TravelDecisionInput(approve, Comment), ct);
        return await this.OutcomeAsync(result,
            p => !approve ? t["Izin ke {0} ditolak.", p.DestinationName].Value
                : p.Status == PermitStatus.Approved ? t["Izin ke {0} disetujui.", p.DestinationName].Value
                : t["Izin ke {0} disetujui dan diteruskan ke {1}.", p.DestinationName, t[Labels.Of(p.Chain[p.StepsApproved])]].Value,
            _ => "/Travel/Approvals",
            async () => { await ShowAsync(ct); return Page(); });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var waiting = await decisions.ToDecideAsync(ct);
        if (!waiting.IsDone)
        {
            return Forbid();
        }
        Waiting = waiting.Value!;
        return Page();
    }
}
