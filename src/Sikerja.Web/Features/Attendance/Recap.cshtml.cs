using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>An agency's monthly recap on screen, a page of employees at a time, and the whole of it as XLSX.</summary>
public sealed class RecapModel(AttendanceStatusQuery status, AttendanceRecapQuery recaps, TenantTime time) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public AttendanceRecap? Recap { get; private set; }

    public IReadOnlyList<RecapRow> PageRows { get; private set; } = [];

    public int Pages { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Agencies = await status.AgenciesAsync(ct);
        Month ??= time.Clock.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        if ((Agency ?? (Agencies.Count > 0 ? Agencies[0].Id : null)) is not { } agency)
        {
            return Forbid();
        }
        Agency = agency;
        var recap = await recaps.RecapAsync(agency, Month, ct);
        switch (recap.Status)
        {
            case CommandStatus.Forbidden:
                return Forbid();
            case CommandStatus.NotFound:
                return NotFound();
            case CommandStatus.Refused:
                ModelState.AddProblems(recap.Problems);
                return Page();
        }
        Recap = recap.Value!;
        Pages = (Recap.Rows.Count + PageSize - 1) / PageSize;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, Pages));
        PageRows = [.. Recap.Rows.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (Agency is not { } agency)
        {
            return NotFound();
        }
        var file = await recaps.WorkbookAsync(agency, Month, ct);
        return file.Status switch
        {
            CommandStatus.Done => File(file.Value!.Content, file.Value.ContentType, file.Value.FileName),
            CommandStatus.Forbidden => Forbid(),
            CommandStatus.Refused => RedirectToPage(new { agency, month = (string?)null }),
            _ => NotFound(),
        };
    }
}
