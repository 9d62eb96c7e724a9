using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Tenants;

public sealed class IndexModel(TenantService tenants, IStringLocalizer<Text> t) : PageModel
{
    public IReadOnlyList<TenantSummary> Tenants { get; private set; } = [];

    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public TenantKind Kind { get; set; } = TenantKind.Regency;

    [BindProperty]
    public string TimeZoneId { get; set; } = IndonesianTimeZones.Wib;

    [BindProperty]
    public List<DayOfWeek> Days { get; set; } = [.. WorkWeek.MondayToFriday.Days()];

    public WorkWeek WorkWeek => WorkWeekForm.From(Days);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await tenants.CreateAsync(new TenantInput(Code, Name, Kind, TimeZoneId, WorkWeek), ct);
        if (result.Value is { } tenant)
        {
            TempData["Message"] = t["Pemda {0} dibuat dengan libur nasional dan cuti bersama {1}. Buat sekarang akun admin Pemda-nya.", tenant.Name, Calendar.NationalHolidays.Description].Value;
            return RedirectToPage("/Tenants/Admins", new { id = tenant.Id });
        }
        if (result.Status == CommandStatus.Forbidden)
        {
            return Forbid();
        }
        ModelState.AddProblems(result.Problems);
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var list = await tenants.ListAsync(ct);
        Tenants = list.Value ?? [];
        return list.IsDone;
    }
}
