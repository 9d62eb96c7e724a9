using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>An office's presence list of a day (contact tracing): read, exported to XLSX, and visitors registered at the desk.</summary>
public sealed class PresenceModel(PresenceService service, PresenceExport export, CurrentUser user, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? VisitorName { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? MetName { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Offices { get; private set; } = [];

    public PresenceList? List { get; private set; }

    public DateOnly Day => Date ?? time.Clock.Today;

    public bool IsToday => Day == time.Clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (Unit is not { } unit)
        {
            return NotFound();
        }
        var result = await service.ListAsync(unit, Day, ct);
        return result.Status switch
        {
            CommandStatus.Done => File(export.Write(result.Value!), PresenceExport.ContentType, PresenceExport.FileName(result.Value!)),
            CommandStatus.Forbidden => Forbid(),
            CommandStatus.Refused => BadRequest(),
            _ => NotFound(),
        };
    }

    public async Task<IActionResult> OnPostVisitAsync(CancellationToken ct)
    {
        if (Unit is not { } unit)
        {
            return NotFound();
        }
        var result = await service.RegisterVisitAsync(new VisitInput(unit, VisitorName, Phone, null, MetName), ct);
        return await this.OutcomeAsync(result,
            v => t["Tamu {0} dicatat.", v.VisitorName].Value,
            _ => Url.Page("/Attendance/Presence", new { unit })!,
            async () => { await ShowAsync(ct); return Page(); });
    }

    public async Task<IActionResult> OnPostLeaveAsync(Guid visit, CancellationToken ct)
    {
        var result = await service.LeaveAsync(visit, new VisitLeaveInput(), ct);
        return await this.OutcomeAsync(result,
            v => t["Kepulangan {0} dicatat.", v.VisitorName].Value,
            v => Url.Page("/Attendance/Presence", new { unit = v.UnitId })!,
            async () => { await ShowAsync(ct); return Page(); });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        if (!(user.IsTenantAdmin || user.IsHealthOfficer || user.IsAgencyAdmin))
        {
            return Forbid();
        }
        Offices = await service.OfficesAsync(ct);
        if (Unit is not { } unit)
        {
            return Page();
        }
        var result = await service.ListAsync(unit, Day, ct);
        switch (result.Status)
        {
            case CommandStatus.Done:
                List = result.Value;
                return Page();
            case CommandStatus.Refused:
                ModelState.AddProblems(result.Problems);
                return Page();
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }
}
