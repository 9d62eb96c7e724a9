using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>The tenant admin's daily report settings: when a day's report is due and when reminders go out.</summary>
public sealed class SettingsModel(ReportSettingsService settings, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public int DeadlineWorkingDays { get; set; }

    [BindProperty]
    public TimeOnly DeadlineTime { get; set; }

    [BindProperty]
    public TimeOnly ReminderTime { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        if (!current.IsDone)
        {
            return Forbid();
        }
        (DeadlineWorkingDays, DeadlineTime, ReminderTime) = (current.Value!.DeadlineWorkingDays, current.Value.DeadlineTime, current.Value.ReminderTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // A time the browser could not send as HH:mm: say so beside the field, change nothing.
            foreach (var key in ModelState.Where(kv => kv.Value?.Errors.Count > 0).Select(kv => kv.Key).ToList())
            {
                ModelState[key]!.Errors.Clear();
                ModelState.AddModelError(key, t["Isi jam sebagai JJ:MM, mis. 10:00."]);
            }
            return (await settings.GetAsync(ct)).IsDone ? Page() : Forbid();
        }
        return await this.OutcomeAsync(await settings.SaveAsync(new ReportSettingsInput(DeadlineWorkingDays, DeadlineTime, ReminderTime), ct),
            _ => t["Pengaturan laporan kinerja disimpan."].Value, _ => "/Reports/Settings", () => Task.FromResult(Page()));
    }
}
