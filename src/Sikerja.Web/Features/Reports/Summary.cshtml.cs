using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>An employee's month of daily reports (the caller's own by default), and its XLSX; an agency's month as XLSX.</summary>
public sealed class SummaryModel(ReportSummaryQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Employee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    public ReportSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var summary = await query.EmployeeAsync(Employee, Month, ct);
        switch (summary.Status)
        {
            case CommandStatus.Done:
                Summary = summary.Value;
                return Page();
            case CommandStatus.Refused:
                ModelState.AddProblems(summary.Problems);
                return Page();
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    /// <summary>The employee's month, or with <c>agency</c> every employee of that agency, as XLSX.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var result = Agency is { } agency ? await query.AgencyAsync(agency, Month, ct) : Single(await query.EmployeeAsync(Employee, Month, ct));
        return result.Status switch
        {
            CommandStatus.Done when result.Value is { Count: > 0 } list => Download(ReportSummaryWorkbook.Write(list, list[0].From, Agency is null ? list[0].Nip : "perangkat-daerah")),
            CommandStatus.Done => NotFound(),
            CommandStatus.Refused => BadRequest(string.Join("; ", result.Problems)),
            CommandStatus.Forbidden => Forbid(),
            _ => NotFound(),
        };
    }

    private FileContentResult Download(Imports.ExportFile file) => File(file.Content, file.ContentType, file.FileName);

    private static CommandResult<IReadOnlyList<ReportSummary>> Single(CommandResult<ReportSummary> one) =>
        new(one.Status, one.Value is { } s ? [s] : null, one.Problems);
}
