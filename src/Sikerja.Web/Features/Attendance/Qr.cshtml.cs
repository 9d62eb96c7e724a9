using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Where an office QR code leads the signed-in employee's phone: one button checks in (or out) at that office with
/// the code. The client id is made when the page is shown, so a double tap or a resent form records once.
/// </summary>
public sealed class QrModel(AttendanceToday today, CheckInService checkIns, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string Token { get; set; } = "";

    [BindProperty]
    public Guid ClientId { get; set; }

    public TodayView? Today { get; private set; }

    public CheckInReceipt? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ClientId = Guid.NewGuid();
        Today = (await today.MineAsync(ct)).Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Today = (await today.MineAsync(ct)).Value;
        if (Today is null)
        {
            return Forbid();
        }
        var result = await checkIns.RecordAsync(
            new CheckInInput(ClientId, Today.Next, WorkMode.Office, time.GetUtcNow().UtcDateTime, QrToken: Token), ct);
        if (result.Status == CommandStatus.Refused)
        {
            ModelState.AddProblems(result.Problems);
            ClientId = Guid.NewGuid();
            return Page();
        }
        if (!result.IsDone)
        {
            return Forbid();
        }
        Receipt = result.Value;
        Today = (await today.MineAsync(ct)).Value;
        return Page();
    }

    public CheckDirection Direction => Receipt?.Direction ?? Today?.Next ?? CheckDirection.In;
}
