using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Calendar;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// Upload for preview, templates, exports and the recent batches. Uploads up to three times the file limit are
/// read, so that a file just too large gets a clear message rather than a broken request.
/// </summary>
[RequestSizeLimit(ImportService.MaxFileBytes * 3)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportService.MaxFileBytes * 3)]
public sealed class IndexModel(ImportActor actor, ImportService imports, ImportHistory history, OrganisationExport export, ScenarioExport scenario, IStringLocalizer<Text> t)
    : PageModel
{
    public const int MaxFileBytes = ImportService.MaxFileBytes;

    public IReadOnlyList<ImportHistoryRow> Recent { get; private set; } = [];

    public TenantClock? Clock { get; private set; }

    public bool WholeTenant => actor.WholeTenant;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>The messages about one form field: the upload and the scenario period each show their own.</summary>
    public IEnumerable<string> ErrorsOf(string field) =>
        ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!actor.MayImport)
        {
            return Forbid();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken ct)
    {
        if (!actor.MayImport)
        {
            return Forbid();
        }
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError(nameof(upload), t["Pilih file XLSX atau CSV."]);
        }
        else if (upload.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(upload), t["File lebih dari 10 MB; bagi menjadi beberapa file."]);
        }
        else
        {
            await using var content = upload.OpenReadStream();
            var result = await imports.PreviewAsync(upload.FileName, content, ct);
            if (result.Value is { } preview)
            {
                return RedirectToPage("Batch", new { id = preview.Id });
            }
            foreach (var p in result.Problems)
            {
                ModelState.AddModelError(nameof(upload), p.Message);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    public IActionResult OnGetTemplate(string? format)
    {
        if (!actor.MayImport)
        {
            return Forbid();
        }
        var file = OrganisationExport.Template(ExportFormats.TryParse(format, out var f) ? f : ExportFormat.Xlsx);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var result = await export.ExportAsync(ExportFormats.TryParse(format, out var f) ? f : ExportFormat.Xlsx, ct);
        return result.Value is { } file ? File(file.Content, file.ContentType, file.FileName) : Forbid();
    }

    public async Task<IActionResult> OnGetScenarioAsync(CancellationToken ct)
    {
        var result = await scenario.ExportAsync(From, To, ct);
        if (result.Value is { } document)
        {
            var clock = await history.ClockAsync(ct);
            return File(document.ToJson(), "application/json", $"skenario-{clock.Today:yyyyMMdd}.json");
        }
        if (result.Status == CommandStatus.Forbidden)
        {
            return Forbid();
        }
        foreach (var p in result.Problems)
        {
            ModelState.AddModelError(nameof(To), p.Message);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Recent = await history.RecentAsync(20, ct);
        Clock = await history.ClockAsync(ct);
    }
}
