using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Calendar;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Calendar;

/// <summary>Upload, preview, then save all or nothing; the file rides along in the form between the two steps.</summary>
public sealed class ImportModel(HolidayImporter importer, HolidayService holidays, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public HolidayKind DefaultKind { get; set; } = HolidayKind.National;

    /// <summary>The previewed file, base64, so that saving reads exactly what was previewed.</summary>
    [BindProperty]
    public string? Previewed { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public HolidayImportPlan? Plan { get; private set; }

    public IActionResult OnGet() => holidays.CanEdit ? Page() : Forbid();

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), t["Pilih berkas CSV atau iCal (.ics)."]);
            return Page();
        }
        if (Upload.Length > HolidayFile.MaxCharacters)
        {
            ModelState.AddModelError(nameof(Upload), t["Berkas terlalu besar; paling besar {0} KB.", HolidayFile.MaxCharacters / 1024]);
            return Page();
        }
        using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var content = await reader.ReadToEndAsync(ct);
        FileName = Path.GetFileName(Upload.FileName);
        Previewed = Convert.ToBase64String(Encoding.UTF8.GetBytes(content));
        return await ShowAsync(importer.PreviewAsync(ToFile(content), ct));
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (Content() is not { } content)
        {
            ModelState.AddModelError(nameof(Upload), t["Pilih berkas CSV atau iCal (.ics)."]);
            return Page();
        }
        var file = ToFile(content);
        var result = await importer.SaveAsync(file, ct);
        if (result.Value is { } plan)
        {
            TempData["Message"] = t["{0} hari libur disimpan: {1} baru, {2} diperbarui.",
                plan.Holidays.Count, plan.Count(HolidayChange.Add), plan.Count(HolidayChange.Update)].Value;
            return RedirectToPage("/Calendar/Index", new { year = plan.Holidays[0].Date.Year });
        }
        return result.Status == CommandStatus.Forbidden ? Forbid() : await ShowAsync(importer.PreviewAsync(file, ct));
    }

    private async Task<IActionResult> ShowAsync(Task<CommandResult<HolidayImportPlan>> preview)
    {
        var result = await preview;
        if (result.Status == CommandStatus.Forbidden)
        {
            return Forbid();
        }
        Plan = result.Value;
        return Page();
    }

    private HolidayFile ToFile(string content) => new(content, HolidayFile.Detect(FileName, content), DefaultKind);

    private string? Content()
    {
        try
        {
            return string.IsNullOrEmpty(Previewed) ? null : Encoding.UTF8.GetString(Convert.FromBase64String(Previewed));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
