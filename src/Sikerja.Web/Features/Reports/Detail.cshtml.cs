using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>One report in full, for its reviewer (who approves or returns it here) and those who may read it.</summary>
public sealed class DetailModel(ReportReviewService service, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public string? Comment { get; set; }

    public ReportDetail Detail { get; private set; } = null!;

    public TenantTime Time => time;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await service.ReviewAsync(id, new ReviewDecision(true, null), ct),
            r => t["Laporan {0:yyyy-MM-dd} disetujui.", r.WorkDate].Value, _ => "/Reports/Review", () => ShowAgainAsync(id, ct));

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await service.ReviewAsync(id, new ReviewDecision(false, Comment), ct),
            r => t["Laporan {0:yyyy-MM-dd} dikembalikan dengan catatan.", r.WorkDate].Value, _ => "/Reports/Review", () => ShowAgainAsync(id, ct));

    private async Task<PageResult> ShowAgainAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var detail = await service.DetailAsync(id, ct);
        Detail = detail.Value!;
        return detail.IsDone;
    }
}
