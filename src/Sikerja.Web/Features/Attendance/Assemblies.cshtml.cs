using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>"Apel": the coming assemblies the caller must attend (attend, or join the online one) or organises; admins schedule them here.</summary>
public sealed class AssembliesModel(AssemblyService service, OrganisationAccess access, CurrentUser user, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    public const int DaysShown = 14;

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public TimeOnly? StartsAt { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? OnlineLink { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public Guid? UnitId { get; set; }

    public IReadOnlyList<AssemblyView> Assemblies { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public bool CanSchedule => access.CanEditAny;

    public bool CanScheduleForEveryone => user.IsTenantAdmin;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostScheduleAsync(CancellationToken ct)
    {
        if (Date is not { } date || StartsAt is not { } startsAt)
        {
            ModelState.AddModelError(Date is null ? "date" : "startsAt", t["Tanggal dan jam wajib diisi."]);
            return await ShowAsync(ct);
        }
        var result = await service.ScheduleAsync(new AssemblyInput(date, startsAt, Title, OnlineLink, Place, UnitId), ct);
        return await this.OutcomeAsync(result,
            a => t["Apel {0} pada {1:yyyy-MM-dd} dijadwalkan.", a.Title, a.Date].Value,
            a => $"/Attendance/Assembly/{a.Id}",
            async () => { await ShowAsync(ct); return Page(); });
    }

    public async Task<IActionResult> OnPostAttendAsync(Guid id, Guid clientId, CancellationToken ct)
    {
        var result = await service.AttendAsync(id, new AssemblyAttendInput(clientId, null), ct);
        return await this.OutcomeAsync(result,
            r => r.Duplicate ? t["Kehadiran Anda sudah tercatat sebelumnya."].Value : t["Kehadiran Anda di apel tercatat."].Value,
            _ => "/Attendance/Assemblies",
            async () => { await ShowAsync(ct); return Page(); });
    }

    /// <summary>Records attendance and opens the online assembly; a refused attendance is shown with the link to join anyway.</summary>
    public async Task<IActionResult> OnPostJoinAsync(Guid id, Guid clientId, CancellationToken ct)
    {
        var result = await service.AttendAsync(id, new AssemblyAttendInput(clientId, null), ct);
        var view = (await service.GetAsync(id, ct)).Value;
        if (result.IsDone && view?.Assembly.OnlineLink is { } link)
        {
            return Redirect(link);
        }
        return await this.OutcomeAsync(result, _ => "", _ => "/Attendance/Assemblies", async () => { await ShowAsync(ct); return Page(); });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var today = time.Clock.Today;
        var list = await service.ListAsync(today, today.AddDays(DaysShown - 1), ct);
        if (!list.IsDone)
        {
            return Forbid();
        }
        Assemblies = list.Value!;
        if (CanSchedule)
        {
            Units = (await (await access.EditableUnitsAsync(ct)).AsNoTracking().OrderBy(u => u.Path).Select(u => new { u.Id, u.Name }).Take(2000).ToListAsync(ct))
                .Select(u => (u.Id, u.Name)).ToList();
        }
        return Page();
    }
}
