using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sikerja.Data;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>An agency admin records attendance by hand for an employee found by NIP.</summary>
public sealed class ManualModel(SikerjaDbContext db, ManualAttendanceService service, OrganisationAccess access, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public string? Nip { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public TimeOnly? CheckedIn { get; set; }

    [BindProperty]
    public TimeOnly? CheckedOut { get; set; }

    [BindProperty]
    public WorkMode Mode { get; set; } = WorkMode.Office;

    [BindProperty]
    public string? Reason { get; set; }

    public IActionResult OnGet()
    {
        if (!access.CanEditAny)
        {
            return Forbid();
        }
        Date ??= time.Clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!access.CanEditAny)
        {
            return Forbid();
        }
        var nip = Nip?.Trim();
        var employee = string.IsNullOrEmpty(nip) ? null : await db.Employees.AsNoTracking().Where(e => e.Nip == nip).Select(e => new { e.Id, e.Name }).SingleOrDefaultAsync(ct);
        if (employee is null)
        {
            ModelState.AddModelError("nip", t["Tidak ada pegawai dengan NIP itu."]);
        }
        if (Date is null || CheckedIn is null)
        {
            ModelState.AddModelError(Date is null ? "date" : "checkedIn", t["Wajib diisi."]);
        }
        if (employee is null || Date is null || CheckedIn is null)
        {
            return Page();
        }
        var result = await service.RecordAsync(new ManualAttendanceInput(employee.Id, Date.Value, CheckedIn.Value, CheckedOut, Mode, Reason), ct);
        if (result.Status == CommandStatus.Forbidden)
        {
            ModelState.AddModelError("nip", t["{0} bukan pegawai perangkat daerah Anda.", employee.Name]);
            return Page();
        }
        return await this.OutcomeAsync(
            result,
            r => t["Presensi manual {0} pada {1} tercatat: {2}.", employee.Name, r.Date.ToString("d MMM yyyy"), t[Labels.Of(r.Day.Status)]].Value,
            _ => "/Attendance/Manual",
            () => Task.FromResult(Page()));
    }
}
