using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// "Hari ini" on the phone: today's assignment and one button. The button posts JSON here (cookie and antiforgery,
/// the API being bearer-only) through the same <see cref="CheckInService"/>; a record made offline is kept on the
/// phone and sent with the same client id when the connection returns.
/// </summary>
public sealed class IndexModel(
    AttendanceToday today, CheckInService checkIns, OrganisationAccess access, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : PageModel
{
    public TodayView? Today { get; private set; }

    /// <summary>For admins: the offices (units with a location) whose QR desk screen they may open.</summary>
    public IReadOnlyList<(Guid Id, string Name)> QrOffices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = (await today.MineAsync(ct)).Value;
        if (access.CanEditAny)
        {
            QrOffices = [.. (await (await access.EditableUnitsAsync(ct)).Where(u => u.OfficeLatitude != null && !u.IsClosed)
                    .OrderBy(u => u.Path.Length).ThenBy(u => u.Name).Take(200).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
                .Select(u => (u.Id, u.Name))];
        }
        return Page();
    }

    /// <summary>The page's own JSON endpoint, read and written with the API's JSON options (enums by name).</summary>
    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        var options = json.Value.SerializerOptions;
        AttendanceApi.CheckInRequest? body;
        try
        {
            body = await Request.ReadFromJsonAsync<AttendanceApi.CheckInRequest>(options, ct);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null)
        {
            return new JsonResult(new { errors = new Dictionary<string, string[]> { [""] = ["isi permintaan bukan JSON presensi yang sah"] } }, options) { StatusCode = 400 };
        }
        var result = await CheckInRequests.RecordAsync(checkIns, body, ct);
        return result.Status switch
        {
            CommandStatus.Done => new JsonResult(AttendanceApi.ReceiptDto.From(result.Value!), options) { StatusCode = result.Value!.Duplicate ? 200 : 201 },
            CommandStatus.Refused => new JsonResult(new { errors = FieldErrors(result) }, options) { StatusCode = 400 },
            _ => Forbid(),
        };
    }

    private static Dictionary<string, string[]> FieldErrors(CommandResult<CheckInReceipt> result) =>
        result.Problems.GroupBy(p => p.Where).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
}
