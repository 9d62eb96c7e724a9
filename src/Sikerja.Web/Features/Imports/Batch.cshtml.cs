using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Calendar;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Imports;

/// <summary>One import batch: its problems (nothing saved), or the summary of what it changes with the commit button.</summary>
public sealed class BatchModel(ImportService imports, ImportHistory history, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>A file full of mistakes lists its first problems here; the API returns all of them.</summary>
    public const int ShownProblems = 500;

    public ImportPreview? Preview { get; private set; }

    public TenantClock? Clock { get; private set; }

    public IReadOnlyList<string> CommitErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await imports.CommitAsync(id, ct);
        switch (result.Status)
        {
            case CommandStatus.Done:
                var s = result.Value!.Summary!;
                TempData["Message"] = t["Impor selesai: {0} unit baru, {1} unit diubah; {2} pegawai baru, {3} pegawai diubah; {4} data lain ikut diperbarui.",
                    s.UnitsCreated, s.UnitsUpdated, s.EmployeesCreated, s.EmployeesUpdated, s.OthersUpdated].Value;
                return RedirectToPage(new { id });
            case CommandStatus.Refused:
                CommitErrors = [.. result.Problems.Take(ShownProblems).Select(p => p.ToString())];
                return await ShowAsync(id, ct);
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        var result = await imports.GetAsync(id, ct);
        if (result.Status == CommandStatus.Forbidden)
        {
            return Forbid();
        }
        if (result.Value is null)
        {
            return NotFound();
        }
        Preview = result.Value;
        Clock = await history.ClockAsync(ct);
        return Page();
    }
}
