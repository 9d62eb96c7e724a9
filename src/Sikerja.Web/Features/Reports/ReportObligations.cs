using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Policies;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Who owes a daily report when, in the current tenant (<see cref="ReportObligation"/> applied to stored data):
/// for one employee, explained; for a set of employees over a period, as a query the database runs whole (one
/// statement per circular in the period, never one per employee), for compliance counts and reminders.
/// It checks no rights: callers scope the employees.
/// </summary>
public sealed class ReportObligations(SikerjaDbContext db, PoliciesInForce policies, TimeProvider time)
{
    /// <summary>Holidays read beyond the period, so that deadlines after its last day skip them too.</summary>
    private const int DeadlineReach = 60;

    /// <summary>The tenant's settings, the defaults where it has none.</summary>
    public async Task<ReportSettings> SettingsAsync(CancellationToken ct) =>
        await db.ReportSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? new ReportSettings { TenantId = Tenant };

    public async Task<ObligationPeriod> PeriodAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Id == Tenant).Select(t => new { t.TimeZoneId, t.WorkWeek }).SingleAsync(ct);
        var reach = to.AddDays(DeadlineReach);
        var holidays = await db.Holidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= reach).Select(h => h.Date).ToListAsync(ct);
        var inForce = await policies.OverlappingAsync(from, to, ct);
        return new ObligationPeriod(
            from, to, new WorkingCalendar(tenant.WorkWeek, holidays), TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZoneId),
            await SettingsAsync(ct), Segments(inForce, from, to), time.GetUtcNow().UtcDateTime);
    }

    /// <summary>The period today falls in, in the tenant's zone: today alone.</summary>
    public async Task<ObligationPeriod> TodayAsync(CancellationToken ct)
    {
        var zone = await db.Tenants.AsNoTracking().Where(t => t.Id == Tenant).Select(t => t.TimeZoneId).SingleAsync(ct);
        var today = new TenantClock(time, zone).Today;
        return await PeriodAsync(today, today, ct);
    }

    /// <summary>The caller's or any employee's duty today (tenant zone): for the employee's report page and home page.</summary>
    public async Task<ReportDuty?> OwedTodayAsync(Guid employeeId, CancellationToken ct) =>
        await DutyAsync(employeeId, await TodayAsync(ct), null, ct);

    /// <summary>An employee's duty on a date; null when the employee is not the tenant's.</summary>
    public async Task<ReportDuty?> DutyOnAsync(Guid employeeId, DateOnly date, CancellationToken ct) =>
        await DutyAsync(employeeId, await PeriodAsync(date, date, ct), date, ct);

    private async Task<ReportDuty?> DutyAsync(Guid employeeId, ObligationPeriod period, DateOnly? on, CancellationToken ct)
    {
        var date = on ?? period.Today;
        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId).Select(e => new { e.IsActive, e.Employment }).SingleOrDefaultAsync(ct);
        if (employee is null)
        {
            return null;
        }
        var planned = await (
                from r in db.RosterEntries.AsNoTracking()
                join p in db.RosterPlans.AsNoTracking() on r.PlanId equals p.Id
                where p.Status == RosterStatus.Published && r.EmployeeId == employeeId && r.Date == date
                orderby p.PublishedAt descending
                select (WorkMode?)r.Mode)
            .FirstOrDefaultAsync(ct);
        var unavailable = await db.Unavailabilities.AnyAsync(u => u.EmployeeId == employeeId && u.From <= date && u.To >= date, ct);
        var travelling = await OfficialTrips().AnyAsync(t => t.EmployeeId == employeeId && t.LeavesOn <= date && (t.ReturnedOn ?? t.ReturnsOn) >= date, ct);
        var report = await db.DailyReports.AsNoTracking().Where(r => r.EmployeeId == employeeId && r.WorkDate == date)
            .Select(r => new { r.Status, r.Late }).SingleOrDefaultAsync(ct);
        var segment = period.SegmentOn(date);
        var scope = segment?.Scope ?? (await policies.OnAsync(date, ct) is { } policy ? policy.Reporting : null);
        var facts = new ObligationFacts(
            period.Calendar.IsWorkingDay(date), employee.IsActive, scope, segment?.AppliesTo.Contains(employee.Employment) ?? true,
            planned, unavailable, travelling);
        var outcome = ReportObligation.Judge(facts);
        var deadline = period.DeadlineOf(date);
        var day = ReportDay.Of(outcome == ObligationOutcome.Owed, report?.Status, report?.Late ?? false, deadline, period.NowUtc);
        return new ReportDuty(employeeId, date, outcome, day, deadline);
    }

    /// <summary>
    /// Every (employee, date) of the period on which an employee of <paramref name="employees"/> owes a report.
    /// Home-worker circulars read the published rosters' home days; everyone-circulars pair each covered employee
    /// with each working day. Both leave out unavailable days, official trips, and (everyone) days planned off.
    /// </summary>
    public IQueryable<OwedDay> OwedDays(IQueryable<Employee> employees, ObligationPeriod period)
    {
        IQueryable<OwedDay>? all = null;
        foreach (var segment in period.Segments)
        {
            var days = OwedDays(employees, period, segment);
            all = all is null ? days : all.Concat(days);
        }
        return all ?? None();
    }

    private IQueryable<OwedDay> None() => db.Employees.Where(_ => false).Select(e => new OwedDay { EmployeeId = e.Id, UnitId = e.UnitId, Date = DateOnly.MinValue });

    private IQueryable<OwedDay> OwedDays(IQueryable<Employee> employees, ObligationPeriod period, ReportingSegment segment)
    {
        var dates = period.Calendar.WorkingDays(segment.From, segment.To).ToArray();
        var applies = segment.AppliesTo.ToArray();
        var (first, last) = (segment.From, segment.To);
        var people = employees.Where(e => e.IsActive && applies.Contains(e.Employment));
        var trips = OfficialTrips();
        var published = db.RosterPlans.Where(p => p.Status == RosterStatus.Published);
        if (segment.Scope == ReportingScope.HomeWorkers)
        {
            return
                from r in db.RosterEntries
                join p in published on r.PlanId equals p.Id
                join e in people on r.EmployeeId equals e.Id
                where r.Mode == WorkMode.Home && r.Date >= first && r.Date <= last && dates.Contains(r.Date)
                    // Of two published rosters planning the same day (an employee who moved agency), the later counts.
                    && !db.RosterEntries.Any(o => o.EmployeeId == r.EmployeeId && o.Date == r.Date && o.PlanId != r.PlanId
                        && published.Any(q => q.Id == o.PlanId && q.PublishedAt > p.PublishedAt))
                    && !db.Unavailabilities.Any(u => u.EmployeeId == r.EmployeeId && u.From <= r.Date && u.To >= r.Date)
                    && !trips.Any(t => t.EmployeeId == r.EmployeeId && t.LeavesOn <= r.Date && (t.ReturnedOn ?? t.ReturnsOn) >= r.Date)
                select new OwedDay { EmployeeId = r.EmployeeId, UnitId = e.UnitId, Date = r.Date };
        }
        // One branch per working day, joined into one statement: the providers cannot pair rows with a list of dates.
        IQueryable<OwedDay>? all = null;
        foreach (var d in dates)
        {
            var day = d;
            var owed =
                from e in people
                where !db.RosterEntries.Any(o => o.EmployeeId == e.Id && o.Date == day && o.Mode == WorkMode.Off && published.Any(q => q.Id == o.PlanId))
                    && !db.Unavailabilities.Any(u => u.EmployeeId == e.Id && u.From <= day && u.To >= day)
                    && !trips.Any(t => t.EmployeeId == e.Id && t.LeavesOn <= day && (t.ReturnedOn ?? t.ReturnsOn) >= day)
                select new OwedDay { EmployeeId = e.Id, UnitId = e.UnitId, Date = day };
            all = all is null ? owed : all.Concat(owed);
        }
        return all ?? None();
    }

    /// <summary>Approved official trips: the employee is away on duty from departure until back (confirmed early or as planned).</summary>
    private IQueryable<TravelPermit> OfficialTrips() =>
        db.TravelPermits.Where(t => t.Purpose == TravelPurpose.Official && t.Status == PermitStatus.Approved);

    /// <summary>Consecutive days of [from, to] under the same circular, for circulars that require reports.</summary>
    private static List<ReportingSegment> Segments(IReadOnlyList<Policy> inForce, DateOnly from, DateOnly to)
    {
        var segments = new List<ReportingSegment>();
        foreach (var policy in inForce.Where(p => p.Reporting != ReportingScope.Nobody))
        {
            var start = policy.EffectiveFrom > from ? policy.EffectiveFrom : from;
            var end = policy.EffectiveUntil is { } until && until < to ? until : to;
            if (start <= end)
            {
                segments.Add(new ReportingSegment(start, end, policy.Reporting, policy.Rules.AppliesTo));
            }
        }
        return segments;
    }

    private Guid Tenant => db.CurrentTenantId ?? throw new InvalidOperationException("Report duties are read inside a tenant.");
}
