using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.People;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>An employee's days off sick, in quarantine or on leave: listed, recorded and removed.</summary>
public sealed class UnavailabilityModel(UnavailabilityService service, IStringLocalizer<Text> t) : PageModel
{
    public EmployeeUnavailability View { get; private set; } = null!;

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? To { get; set; }

    [BindProperty]
    public UnavailabilityCause Cause { get; set; } = UnavailabilityCause.Sick;

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid employeeId, CancellationToken ct) => await ShowAsync(employeeId, ct);

    public async Task<IActionResult> OnPostAsync(Guid employeeId, CancellationToken ct)
    {
        if (From is not { } from || To is not { } to)
        {
            ModelState.AddModelError(From is null ? "from" : "to", t["Tanggal wajib diisi."]);
            return await ShowAsync(employeeId, ct);
        }
        var result = await service.RecordAsync(employeeId, new UnavailabilityInput(from, to, Cause, Note), ct);
        return await this.OutcomeAsync(result,
            u => t["Berhalangan {0:yyyy-MM-dd} s.d. {1:yyyy-MM-dd} dicatat; jadwal piket yang dibuat sesudah ini memperhitungkannya.", u.From, u.To].Value,
            _ => $"/Rosters/Unavailability/{employeeId}",
            () => ShowAgainAsync(employeeId, ct));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid employeeId, Guid id, CancellationToken ct)
    {
        var result = await service.DeleteAsync(id, ct);
        return await this.OutcomeAsync(result,
            _ => t["Catatan berhalangan dihapus."].Value,
            _ => $"/Rosters/Unavailability/{employeeId}",
            () => ShowAgainAsync(employeeId, ct));
    }

    /// <summary>After a refusal, which only comes once the caller's rights are established.</summary>
    private async Task<PageResult> ShowAgainAsync(Guid employeeId, CancellationToken ct)
    {
        View = (await service.ForEmployeeAsync(employeeId, ct)).Value!;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(Guid employeeId, CancellationToken ct)
    {
        var result = await service.ForEmployeeAsync(employeeId, ct);
        switch (result.Status)
        {
            case CommandStatus.Done:
                View = result.Value!;
                return Page();
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }
}
