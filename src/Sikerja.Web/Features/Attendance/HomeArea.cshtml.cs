using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Registers a home area for WFH check-ins: the employee's own (the phone fills in its location), or, with
/// <c>?employee=</c>, an employee of an agency the admin administers.
/// </summary>
public sealed class HomeAreaModel(HomeAreaService areas, CurrentUser user, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Employee { get; set; }

    /// <summary>Read as text in the invariant culture: an Indonesian browser must not turn -7.668 into -7668.</summary>
    [BindProperty]
    public string? Latitude { get; set; }

    [BindProperty]
    public string? Longitude { get; set; }

    [BindProperty]
    public int RadiusMetres { get; set; } = Sikerja.Domain.Attendance.HomeArea.DefaultRadiusMetres;

    public DateTime? RegisteredAt { get; private set; }

    private Guid? Target => Employee ?? user.EmployeeId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Target is not { } target)
        {
            return Forbid();
        }
        var current = await areas.GetAsync(target, ct);
        if (!current.IsDone)
        {
            return Forbid();
        }
        if (current.Value is { } area)
        {
            (Latitude, Longitude, RadiusMetres, RegisteredAt) = (Text(area.Latitude), Text(area.Longitude), area.RadiusMetres, area.RegisteredAt);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Target is not { } target)
        {
            return Forbid();
        }
        return await this.OutcomeAsync(await areas.RegisterAsync(target, new HomeAreaInput(Number(Latitude), Number(Longitude), RadiusMetres), ct),
            _ => t["Lokasi rumah disimpan."].Value,
            _ => Employee is { } e ? $"/Attendance/HomeArea?employee={e}" : "/Attendance/HomeArea",
            () => Task.FromResult(Page()));
    }

    private static string Text(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static double? Number(string? text) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
