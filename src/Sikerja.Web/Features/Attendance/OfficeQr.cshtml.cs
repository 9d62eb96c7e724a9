using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Features.Accounts;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>The desk screen of an office: its rotating QR code, reloaded before each code expires (no script).</summary>
public sealed class OfficeQrModel(OfficeQrService codes) : PageModel
{
    public OfficeQrCode? Code { get; private set; }

    public string ImageDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid unitId, CancellationToken ct)
    {
        var result = await codes.CurrentAsync(unitId, ct);
        switch (result.Status)
        {
            case CommandStatus.Forbidden:
                return Forbid();
            case CommandStatus.NotFound:
                return NotFound();
        }
        Code = result.Value!;
        var url = $"{Request.Scheme}://{Request.Host}{Url.Page("/Attendance/Qr", new { t = Code.Token })}";
        ImageDataUri = QrCodeImage.PngDataUri(url);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
