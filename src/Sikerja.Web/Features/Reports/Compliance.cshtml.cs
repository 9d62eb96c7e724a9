using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>Daily report compliance of a day or a month: the whole tenant by agency, an agency or a team by unit, a unit by employee.</summary>
public sealed class ComplianceModel(ComplianceQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Team { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public ComplianceView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var view = await query.ViewAsync(new ComplianceRequest(Date, Month, Agency, Unit, Team), ct);
        switch (view.Status)
        {
            case CommandStatus.Done:
                View = view.Value;
                break;
            case CommandStatus.Refused:
                ModelState.AddProblems(view.Problems);
                break;
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
        Agencies = await query.AgenciesAsync(ct);
        return Page();
    }

    /// <summary>The same period, for links that drill down.</summary>
    public string PeriodQuery => View is { IsMonth: true } v ? $"month={v.From:yyyy-MM}" : $"date={View?.From:yyyy-MM-dd}";
}
