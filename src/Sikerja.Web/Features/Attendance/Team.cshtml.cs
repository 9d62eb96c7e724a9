using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sikerja.Web.Features.Attendance;

/// <summary>The supervisor's team on a day at a glance: who is in, at home, late, not yet checked in, away.</summary>
public sealed class TeamModel(AttendanceStatusQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public TeamDay? Team { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var team = await query.TeamAsync(Date, ct);
        if (!team.IsDone)
        {
            return Forbid();
        }
        Team = team.Value;
        return Page();
    }
}
