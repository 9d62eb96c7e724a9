using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.People;
using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Counts owed days against the reports stored for them, in the database: one grouped statement per query, by
/// unit or by employee, whatever the number of people; and lists the missing days of a (small) set of employees.
/// </summary>
public sealed class ComplianceTally(SikerjaDbContext db, ReportObligations obligations)
{
    /// <summary>Counts per unit (the employee's unit).</summary>
    public Task<Dictionary<Guid, ComplianceCounts>> ByUnitAsync(IQueryable<Employee> employees, ObligationPeriod period, CancellationToken ct) =>
        CountAsync(employees, period, byEmployee: false, ct);

    /// <summary>Counts per employee.</summary>
    public Task<Dictionary<Guid, ComplianceCounts>> ByEmployeeAsync(IQueryable<Employee> employees, ObligationPeriod period, CancellationToken ct) =>
        CountAsync(employees, period, byEmployee: true, ct);

    /// <summary>Each employee's owed days past their deadline with nothing sent, in date order.</summary>
    public async Task<ILookup<Guid, DateOnly>> MissingDaysAsync(IQueryable<Employee> employees, ObligationPeriod period, CancellationToken ct)
    {
        var passed = period.PassedUntil;
        var rows = await Judged(employees, period)
            .Where(x => (x.Status == null || x.Status == ReportStatus.Draft) && x.Date <= passed)
            .Select(x => new { x.EmployeeId, x.Date })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Date).ToLookup(r => r.EmployeeId, r => r.Date);
    }

    private async Task<Dictionary<Guid, ComplianceCounts>> CountAsync(IQueryable<Employee> employees, ObligationPeriod period, bool byEmployee, CancellationToken ct)
    {
        if (period.Segments.Count == 0)
        {
            return [];
        }
        var passed = period.PassedUntil;
        var judged = Judged(employees, period);
        var grouped = byEmployee ? judged.GroupBy(x => x.EmployeeId) : judged.GroupBy(x => x.UnitId);
        var rows = await grouped
            .Select(g => new
            {
                g.Key,
                Required = g.Count(),
                Late = g.Count(x => x.Status != null && x.Status != ReportStatus.Draft && x.Late == true),
                Submitted = g.Count(x => x.Status != null && x.Status != ReportStatus.Draft),
                Missing = g.Count(x => (x.Status == null || x.Status == ReportStatus.Draft) && x.Date <= passed),
                Approved = g.Count(x => x.Status == ReportStatus.Approved),
                Awaiting = g.Count(x => x.Status == ReportStatus.Submitted),
                Returned = g.Count(x => x.Status == ReportStatus.Returned),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => new ComplianceCounts(r.Required, r.Submitted - r.Late, r.Late, r.Missing, r.Approved, r.Awaiting, r.Returned));
    }

    /// <summary>Each owed day with the status of the report stored for it, if any.</summary>
    private IQueryable<JudgedDay> Judged(IQueryable<Employee> employees, ObligationPeriod period) =>
        from o in obligations.OwedDays(employees, period)
        join r in db.DailyReports on new { o.EmployeeId, WorkDate = o.Date } equals new { r.EmployeeId, r.WorkDate } into reports
        from r in reports.DefaultIfEmpty()
        select new JudgedDay { EmployeeId = o.EmployeeId, UnitId = o.UnitId, Date = o.Date, Status = (ReportStatus?)r!.Status, Late = (bool?)r.Late };

    private sealed class JudgedDay
    {
        public Guid EmployeeId { get; init; }
        public Guid UnitId { get; init; }
        public DateOnly Date { get; init; }
        public ReportStatus? Status { get; init; }
        public bool? Late { get; init; }
    }
}
