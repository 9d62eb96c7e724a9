using System.Collections.Concurrent;
using Sikerja.Domain.People;
using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Reports;

namespace Sikerja.Web.Tests.Api;

/// <summary>
/// The daily-report resources of a tenant the sweep aims at: the Kepala Bidang's submitted report and proposed target
/// (the Kepala Dinas reviews both; the staff member is below, not above), and the Kepala Dinas's delegation of review
/// to the admin's employee.
/// </summary>
public sealed partial class AuthorizationTests
{
    private sealed record ReportIds(Guid Report, Guid Target, Guid Delegation);

    private static readonly ConcurrentDictionary<Guid, ReportIds> Reports = new();

    /// <summary>A past day of tenant A's reports.</summary>
    private static readonly DateOnly ReportDayView = new(2026, 1, 5);

    /// <summary>Operations on the caller's own day, targets and delegations, or on what the caller reviews: refused (a day to come,
    /// a year out of range, no team) or empty for the sweep's callers, and never beyond their own.</summary>
    private static string[] ReportSelfService =>
    [
        "GET /api/v1/reports/days/{date}", "PUT /api/v1/reports/days/{date}", "POST /api/v1/reports/days/{date}/copy-previous",
        "POST /api/v1/reports/days/{date}/submit", "POST /api/v1/reports/review/days/{date}/approve", "POST /api/v1/reports/targets",
        "POST /api/v1/reports/delegations",
    ];

    private static ReportIds ReportsOf(World w) => Reports[w.Tenant.Id];

    private async Task ArrangeReportsAsync(TestTenant t, Employee head, Employee kabid, Employee admin)
    {
        await using var scope = web.Database.NewScope().InTenant(t.Id);
        var report = new DailyReport
        {
            TenantId = t.Id, EmployeeId = kabid.Id, WorkDate = ReportDayView, Status = ReportStatus.Submitted, SubmittedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        var activity = new ReportActivity
        {
            TenantId = t.Id, ReportId = report.Id, Start = new TimeOnly(8, 0), End = new TimeOnly(10, 0), Description = "Rapat bidang", Quantity = 1, Unit = "kegiatan",
        };
        var target = new PerformanceTarget { TenantId = t.Id, EmployeeId = kabid.Id, Year = 2026, Title = "Program bidang", Quantity = 4, Unit = "program", Status = TargetStatus.Proposed };
        var delegation = new ReviewDelegation
        {
            TenantId = t.Id, DelegatorId = head.Id, DelegateId = admin.Id, From = ReportDayView, Until = ReportDayView.AddDays(4), Reason = "dinas luar", CreatedAt = DateTime.UtcNow,
        };
        scope.Db.AddRange(report, activity, target, delegation);
        await scope.Db.SaveChangesAsync();
        Reports[t.Id] = new ReportIds(report.Id, target.Id, delegation.Id);
    }

    /// <summary>Bodies no sweep caller can use to change anything: a day to come, a year out of range, a delegation from someone without a team.</summary>
    private static object? ReportBodyFor(Type type) => type.Name switch
    {
        nameof(ReportsApi.DayRequest) => new ReportsApi.DayRequest([new ActivityInput(null, new TimeOnly(8, 0), new TimeOnly(9, 0), "Rapat", 1, "kegiatan", null)]),
        nameof(ReportsApi.ReturnRequest) => new ReportsApi.ReturnRequest("Lengkapi keluaran"),
        nameof(TargetDraft) => new TargetDraft(2040, "Sasaran uji", 1, "dokumen"),
        nameof(DelegationInput) => new DelegationInput("199001012020011001", ReportDayView, ReportDayView, "cuti"),
        _ => null,
    };
}
