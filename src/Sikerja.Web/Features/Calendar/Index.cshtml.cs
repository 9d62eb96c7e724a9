using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Calendar;
using Sikerja.Web.Features.Shared;
using Sikerja.Web.Features.Tenants;

namespace Sikerja.Web.Features.Calendar;

public sealed class IndexModel(HolidayService holidays, TenantService tenants, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }

    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];

    public WorkWeek WorkWeek { get; private set; } = WorkWeek.MondayToFriday;

    public bool CanEdit => holidays.CanEdit;

    public int OnWorkingDays => Holidays.Count(h => WorkWeek.Includes(h.Date.DayOfWeek));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ShownYear = Year ?? time.Clock.Today.Year;
        var result = await holidays.ListAsync(ShownYear, ct);
        if (result.Status == CommandStatus.Forbidden)
        {
            return Forbid();
        }
        ModelState.AddProblems(result.Problems);
        Holidays = result.Value ?? [];
        WorkWeek = (await tenants.CurrentAsync(ct))?.WorkWeek ?? WorkWeek.MondayToFriday;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var result = await holidays.DeleteAsync(id, ct);
        if (result.Value is { } deleted)
        {
            TempData["Message"] = t["Hari libur {0} ({1:yyyy-MM-dd}) dihapus.", deleted.Name, deleted.Date].Value;
            return RedirectToPage(new { year = deleted.Date.Year });
        }
        return result.Status == CommandStatus.Forbidden ? Forbid() : NotFound();
    }

    public async Task<IActionResult> OnPostLoadNationalAsync(CancellationToken ct)
    {
        var result = await holidays.LoadNationalAsync(ct);
        if (result.Value is not { } plan)
        {
            return Forbid();
        }
        TempData["Message"] = t["Libur nasional dan cuti bersama {0} dimuat: {1} baru, {2} diperbarui, {3} tidak berubah.",
            NationalHolidays.Description, plan.Count(HolidayChange.Add), plan.Count(HolidayChange.Update), plan.Count(HolidayChange.Unchanged)].Value;
        return RedirectToPage(new { year = Year });
    }
}
