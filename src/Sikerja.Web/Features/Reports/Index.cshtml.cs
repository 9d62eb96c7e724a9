using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// "Laporan kinerja harian": the caller's report of one day (today by default): its activities, a short form to add
/// or change one, copying the previous working day, submitting, and the days before at a glance.
/// </summary>
public sealed class IndexModel(ReportEditingService service, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    public static readonly string[] FormFields = ["start", "end", "description", "quantity", "unit", "targetId", "attachment"];

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    /// <summary>The activity being changed in the form, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Edit { get; set; }

    [BindProperty]
    public ActivityForm Form { get; set; } = new();

    public ReportDayView Day { get; private set; } = null!;

    public TenantTime Time => time;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }
        if (Edit is { } id && Day.Activities.FirstOrDefault(a => a.Id == id) is { } editing)
        {
            Form = ActivityForm.Of(editing);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var (draft, quantityProblem) = Form.Read();
        if (quantityProblem is not null)
        {
            return await ShowProblemsAsync([quantityProblem], ct);
        }
        var result = await service.AddActivityAsync(Day0, draft, await Form.UploadAsync(ct), ct);
        return await this.OutcomeAsync(result, _ => t["Kegiatan ditambahkan."].Value, _ => Here(), () => ShowAgainAsync(ct));
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, CancellationToken ct)
    {
        var (draft, quantityProblem) = Form.Read();
        Edit = id;
        if (quantityProblem is not null)
        {
            return await ShowProblemsAsync([quantityProblem], ct);
        }
        var result = await service.UpdateActivityAsync(id, draft, await Form.UploadAsync(ct), Form.DropAttachment, ct);
        return await this.OutcomeAsync(result, _ => t["Kegiatan diubah."].Value, _ => Here(), () => ShowAgainAsync(ct));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        var result = await service.RemoveActivityAsync(id, ct);
        return await this.OutcomeAsync(result, _ => t["Kegiatan dihapus."].Value, _ => Here(), () => ShowAgainAsync(ct));
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken ct)
    {
        var result = await service.CopyPreviousAsync(Day0, ct);
        return await this.OutcomeAsync(result, _ => t["Kegiatan hari kerja sebelumnya disalin; periksa dan sesuaikan."].Value, _ => Here(), () => ShowAgainAsync(ct));
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        var result = await service.SubmitAsync(Day0, ct);
        return await this.OutcomeAsync(result,
            r => (r.Late ? t["Laporan dikirim ke atasan (terlambat)."] : t["Laporan dikirim ke atasan."]).Value, _ => Here(), () => ShowAgainAsync(ct));
    }

    /// <summary>The day a post acts on: the one in the address, or today.</summary>
    private DateOnly Day0 => Date ?? time.Clock.Today;

    private string Here() => $"/Reports?date={Day0:yyyy-MM-dd}";

    private async Task<PageResult> ShowProblemsAsync(IEnumerable<Problem> problems, CancellationToken ct)
    {
        ModelState.AddProblems(problems);
        return await ShowAgainAsync(ct);
    }

    private async Task<PageResult> ShowAgainAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var day = await service.DayAsync(Date, ct);
        if (!day.IsDone)
        {
            return false;
        }
        Day = day.Value!;
        return true;
    }
}
