using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Domain.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>An agency's day for its admins: counts per status and unit, the employees of one status, a page at a time.</summary>
public sealed class AgencyModel(AttendanceStatusQuery query) : PageModel
{
    /// <summary>Rows a page shows: an agency of 2,000 stays a light page.</summary>
    public const int PageSize = 100;

    /// <summary>The statuses the per-unit table shows, in the order a reader scans them.</summary>
    public static readonly IReadOnlyList<DailyStatus> Columns =
    [
        DailyStatus.PresentAtOffice, DailyStatus.PresentAtHome, DailyStatus.Late, DailyStatus.NotYetCheckedIn, DailyStatus.Absent,
        DailyStatus.Sick, DailyStatus.OnLeave, DailyStatus.OfficialTravel, DailyStatus.Off,
    ];

    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public DailyStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public AgencyDay? Day { get; private set; }

    public IReadOnlyList<AttendanceRow> PageRows { get; private set; } = [];

    public int Pages { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Agencies = await query.AgenciesAsync(ct);
        if ((Agency ?? (Agencies.Count > 0 ? Agencies[0].Id : null)) is not { } agency)
        {
            return Agencies.Count == 0 ? Forbid() : Page();
        }
        Agency = agency;
        var day = await query.AgencyAsync(agency, Date, Status, ct);
        switch (day.Status)
        {
            case CommandStatus.Forbidden:
                return Forbid();
            case CommandStatus.NotFound:
                return NotFound();
        }
        Day = day.Value!;
        Date = Day.Date;
        Pages = (Day.Rows.Count + PageSize - 1) / PageSize;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, Pages));
        PageRows = [.. Day.Rows.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        return Page();
    }
}
