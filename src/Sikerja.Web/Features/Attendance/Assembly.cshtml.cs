using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>An assembly's attendance for its organisers: who came, the absentees, those excused, and manual records.</summary>
public sealed class AssemblyModel(AssemblyService service, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public Guid? EmployeeId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public AssemblyReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (EmployeeId is not { } employee)
        {
            ModelState.AddModelError("employeeId", t["Pilih pegawai."]);
            return await ShowAsync(id, ct);
        }
        var result = await service.RecordAsync(id, new AssemblyManualInput(employee, Reason), ct);
        return await this.OutcomeAsync(result,
            _ => t["Kehadiran dicatat manual."].Value,
            _ => $"/Attendance/Assembly/{id}",
            async () => { await ShowAsync(id, ct); return Page(); });
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        var result = await service.ReportAsync(id, ct);
        switch (result.Status)
        {
            case CommandStatus.Done:
                Report = result.Value!;
                return Page();
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }
}
