using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>The tenant admin's attendance settings: photo, home-area check, tolerance, accuracy, clock gap, retention, QR lifetime.</summary>
public sealed class SettingsModel(AttendanceSettingsService settings, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public bool RequirePhoto { get; set; }

    [BindProperty]
    public bool CheckHomeArea { get; set; }

    [BindProperty]
    public int LateToleranceMinutes { get; set; }

    [BindProperty]
    public int MaxAccuracyMetres { get; set; }

    [BindProperty]
    public int ClockGapMinutes { get; set; }

    [BindProperty]
    public int PresenceRetentionDays { get; set; }

    [BindProperty]
    public int LocationRetentionDays { get; set; }

    [BindProperty]
    public int QrLifetimeSeconds { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        if (!current.IsDone)
        {
            return Forbid();
        }
        var s = current.Value!;
        (RequirePhoto, CheckHomeArea, LateToleranceMinutes, MaxAccuracyMetres) = (s.RequirePhoto, s.CheckHomeArea, s.LateToleranceMinutes, s.MaxAccuracyMetres);
        (ClockGapMinutes, PresenceRetentionDays, LocationRetentionDays, QrLifetimeSeconds) = (s.ClockGapMinutes, s.PresenceRetentionDays, s.LocationRetentionDays, s.QrLifetimeSeconds);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new AttendanceSettingsInput(
            RequirePhoto, CheckHomeArea, LateToleranceMinutes, MaxAccuracyMetres, ClockGapMinutes, PresenceRetentionDays, LocationRetentionDays, QrLifetimeSeconds);
        return await this.OutcomeAsync(await settings.SaveAsync(input, ct),
            _ => t["Pengaturan presensi disimpan."].Value, _ => "/Attendance/Settings", () => Task.FromResult(Page()));
    }
}
