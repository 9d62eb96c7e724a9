using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.People;
using Sikerja.Domain.Reports;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Monthly summaries of daily reports: for an employee (themself, anyone above them in the reporting lines, the
/// admins of their agency, tenant admins and leadership) or every employee of an agency (its admins, tenant admins
/// and leadership). Outputs count the activities of sent reports (awaiting review or approved; drafts and returned
/// reports are being corrected), added up per target, and per unit for activities without one.
/// </summary>
public sealed class ReportSummaryQuery(SikerjaDbContext db, CurrentUser user, OrganisationAccess access, ReportObligations obligations, ComplianceTally tally)
{
    public async Task<CommandResult<ReportSummary>> EmployeeAsync(Guid? employeeId, string? month, CancellationToken ct)
    {
        if (user.TenantId is null || (employeeId ?? user.EmployeeId) is not { } id)
        {
            return CommandResult<ReportSummary>.Forbidden();
        }
        if (await MonthAsync(month, ct) is not { } first)
        {
            return CommandResult<ReportSummary>.Refused("month", $"bulan '{month}' tidak dikenal: tulis sebagai tahun-bulan, mis. 2026-06");
        }
        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Id, e.UnitId }).SingleOrDefaultAsync(ct);
        if (employee is null)
        {
            return CommandResult<ReportSummary>.NotFound();
        }
        if (!await MayReadAsync(employee.Id, employee.UnitId, ct))
        {
            return CommandResult<ReportSummary>.Forbidden();
        }
        var list = await SummariesAsync(db.Employees.Where(e => e.Id == id), first, ct);
        return CommandResult<ReportSummary>.Done(list.Single());
    }

    public async Task<CommandResult<IReadOnlyList<ReportSummary>>> AgencyAsync(Guid agencyId, string? month, CancellationToken ct)
    {
        if (await MonthAsync(month, ct) is not { } first)
        {
            return CommandResult<IReadOnlyList<ReportSummary>>.Refused("month", $"bulan '{month}' tidak dikenal: tulis sebagai tahun-bulan, mis. 2026-06");
        }
        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == agencyId).Select(u => u.Path).SingleOrDefaultAsync(ct);
        if (path is null)
        {
            return CommandResult<IReadOnlyList<ReportSummary>>.NotFound();
        }
        if (!user.ReadsWholeTenant && !user.AdminOfAgencies.Contains(agencyId))
        {
            return CommandResult<IReadOnlyList<ReportSummary>>.Forbidden();
        }
        var subtree = db.OrgUnits.Where(u => u.Path.StartsWith(path));
        return CommandResult<IReadOnlyList<ReportSummary>>.Done(
            await SummariesAsync(db.Employees.Where(e => e.IsActive && subtree.Any(u => u.Id == e.UnitId)), first, ct));
    }

    private async Task<bool> MayReadAsync(Guid employeeId, Guid unitId, CancellationToken ct) =>
        employeeId == user.EmployeeId
        || user.ReadsWholeTenant
        || (user.IsAgencyAdmin && await (await access.VisibleUnitsAsync(ct)).AnyAsync(u => u.Id == unitId, ct))
        || await access.Subordinates().AnyAsync(s => s == employeeId, ct);

    private async Task<IReadOnlyList<ReportSummary>> SummariesAsync(IQueryable<Employee> employees, DateOnly first, CancellationToken ct)
    {
        var last = first.AddMonths(1).AddDays(-1);
        var period = await obligations.PeriodAsync(first, last, ct);
        var counts = await tally.ByEmployeeAsync(employees, period, ct);
        var missing = await tally.MissingDaysAsync(employees, period, ct);
        var people = await employees.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name, e.Nip }).ToListAsync(ct);
        // Quantities are added up here: SQLite has no decimal sum.
        var activities = await (
                from a in db.ReportActivities.AsNoTracking()
                join r in db.DailyReports.AsNoTracking() on a.ReportId equals r.Id
                where r.WorkDate >= first && r.WorkDate <= last && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved)
                    && employees.Any(e => e.Id == r.EmployeeId)
                select new { r.EmployeeId, a.TargetId, a.Unit, a.Quantity })
            .ToListAsync(ct);
        var targetIds = activities.Where(a => a.TargetId is not null).Select(a => a.TargetId!.Value).Distinct().ToList();
        var targets = await db.PerformanceTargets.AsNoTracking().Where(t => targetIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, t.Unit, t.Quantity }).ToDictionaryAsync(t => t.Id, ct);
        var outputs = activities.ToLookup(a => a.EmployeeId);
        return [.. people.Select(p => new ReportSummary(
            p.Id, p.Name, p.Nip, first, last, counts.GetValueOrDefault(p.Id) ?? ComplianceCounts.None, [.. missing[p.Id]],
            [
                .. outputs[p.Id].Where(a => a.TargetId is { } t && targets.ContainsKey(t)).GroupBy(a => a.TargetId!.Value)
                    .Select(g => new TargetOutput(g.Key, targets[g.Key].Title, targets[g.Key].Unit, g.Sum(a => a.Quantity), targets[g.Key].Quantity))
                    .OrderBy(o => o.Title, StringComparer.CurrentCulture),
                .. outputs[p.Id].Where(a => a.TargetId is null).GroupBy(a => a.Unit.Trim(), StringComparer.CurrentCultureIgnoreCase)
                    .Select(g => new TargetOutput(null, null, g.Key, g.Sum(a => a.Quantity), null))
                    .OrderBy(o => o.Unit, StringComparer.CurrentCulture),
            ]))];
    }

    /// <summary>The first day of the month written yyyy-MM, or of the current month (tenant zone) when none is given.</summary>
    private async Task<DateOnly?> MonthAsync(string? text, CancellationToken ct)
    {
        if (text is null or "")
        {
            var today = (await obligations.TodayAsync(ct)).Today;
            return new DateOnly(today.Year, today.Month, 1);
        }
        return DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : null;
    }
}
