using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>"Tinjau laporan": the submitted reports waiting for the caller, by day and person; approve or return each, or approve a whole day.</summary>
public sealed class ReviewModel(ReportReviewService service, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public string? Comment { get; set; }

    public ReviewList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await service.ReviewAsync(id, new ReviewDecision(true, null), ct),
            r => t["Laporan {0:yyyy-MM-dd} disetujui.", r.WorkDate].Value, _ => Here(), () => ShowAgainAsync(ct));

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await service.ReviewAsync(id, new ReviewDecision(false, Comment), ct),
            r => t["Laporan {0:yyyy-MM-dd} dikembalikan dengan catatan.", r.WorkDate].Value, _ => Here(), () => ShowAgainAsync(ct));

    public async Task<IActionResult> OnPostApproveDayAsync(DateOnly date, CancellationToken ct) =>
        await this.OutcomeAsync(await service.ApproveDayAsync(date, ct),
            b => t["{0} laporan tanggal {1:yyyy-MM-dd} disetujui.", b.Approved, b.WorkDate].Value, _ => Here(), () => ShowAgainAsync(ct));

    private string Here() => PageNumber > 1 ? $"/Reports/Review?p={PageNumber}" : "/Reports/Review";

    private async Task<PageResult> ShowAgainAsync(CancellationToken ct)
    {
        await ShowAsync(ct);
        return Page();
    }

    private async Task<bool> ShowAsync(CancellationToken ct)
    {
        var list = await service.ListAsync(PageNumber, ReportReviewService.DefaultPageSize, ct);
        List = list.Value!;
        return list.IsDone;
    }
}
