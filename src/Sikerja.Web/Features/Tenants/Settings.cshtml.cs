using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Tenants;

public sealed class SettingsModel(TenantService tenants, CurrentUser me, IStringLocalizer<Text> t) : PageModel
{
    public Tenant? Tenant { get; private set; }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string TimeZoneId { get; set; } = IndonesianTimeZones.Wib;

    [BindProperty]
    public List<DayOfWeek> Days { get; set; } = [];

    public WorkWeek WorkWeek => WorkWeekForm.From(Days);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!me.IsTenantAdmin || await tenants.CurrentAsync(ct) is not { } tenant)
        {
            return Forbid();
        }
        Tenant = tenant;
        (Name, TimeZoneId, Days) = (tenant.Name, tenant.TimeZoneId, [.. tenant.WorkWeek.Days()]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await tenants.UpdateSettingsAsync(new TenantSettingsInput(Name, TimeZoneId, WorkWeek), ct);
        return await this.OutcomeAsync(result, _ => t["Pengaturan Pemda disimpan."].Value, _ => "/Tenants/Settings", async () =>
        {
            Tenant = await tenants.CurrentAsync(ct);
            return Page();
        });
    }
}
