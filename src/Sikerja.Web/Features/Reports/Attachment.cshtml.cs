using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sikerja.Web.Features.Reports;

/// <summary>Downloads an activity's attachment, for the employee and the report's reviewers only.</summary>
public sealed class AttachmentModel(ReportAttachmentReader reader) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var file = await reader.ReadAsync(id, ct);
        return file.IsDone ? File(file.Value!.Content, file.Value.ContentType, file.Value.FileName) : NotFound();
    }
}
