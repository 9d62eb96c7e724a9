using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>"Izin kerja di kantor": asking the direct superior, one's own requests, and the requests of one's direct reports to decide.</summary>
public sealed class OfficeWorkModel(OfficeWorkService service, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public IReadOnlyList<OfficeWorkView> Mine { get; private set; } = [];

    public IReadOnlyList<OfficeWorkView> ToDecide { get; private set; } = [];

    public DateOnly Today => time.Clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAskAsync(CancellationToken ct)
    {
        if (Date is not { } date)
        {
            ModelState.AddModelError("date", t["Tanggal wajib diisi."]);
            return await ShowAsync(ct);
        }
        var result = await service.AskAsync(new OfficeWorkInput(date, Reason), ct);
        return await this.OutcomeAsync(result,
            r => t["Permohonan bekerja di kantor pada {0:yyyy-MM-dd} dikirim ke atasan langsung.", r.Date].Value,
            _ => "/Attendance/OfficeWork",
            async () => { await ShowAsync(ct); return Page(); });
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => DecideAsync(id, true, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => DecideAsync(id, false, ct);

    private async Task<IActionResult> DecideAsync(Guid id, bool approve, CancellationToken ct)
    {
        var result = await service.DecideAsync(id, new OfficeWorkDecision(approve, Note), ct);
        return await this.OutcomeAsync(result,
            r => (approve ? t["Permohonan {0:yyyy-MM-dd} disetujui; hari itu menjadi hari kerja di kantor.", r.Date] : t["Permohonan {0:yyyy-MM-dd} ditolak.", r.Date]).Value,
            _ => "/Attendance/OfficeWork",
            async () => { await ShowAsync(ct); return Page(); });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var mine = await service.MineAsync(ct);
        if (!mine.IsDone)
        {
            return Forbid();
        }
        Mine = mine.Value!;
        ToDecide = (await service.ToDecideAsync(ct)).Value ?? [];
        return Page();
    }
}
