using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Reports;
using Sikerja.Web.Access;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Whose daily reports the caller reviews: those of the caller's direct reports, and, on the dates a delegation the
/// caller holds covers, those of the delegator's direct reports; never the caller's own. As a query the database
/// answers from the employees' supervisor index and the reports' (employee, date) index: one branch per delegation
/// that has a report to show, each reading only that team's reports on its dates. A delegation under which nothing
/// waits any more (most that have ended) adds no branch, however many the caller has held.
/// </summary>
public sealed class ReviewerRights(SikerjaDbContext db, CurrentUser user)
{
    private IReadOnlyList<ReviewDelegation>? _held;

    /// <summary>The delegations the caller holds and that are not revoked (a handful).</summary>
    public async Task<IReadOnlyList<ReviewDelegation>> HeldAsync(CancellationToken ct) =>
        _held ??= user.EmployeeId is { } me
            ? await db.ReviewDelegations.AsNoTracking().Where(d => d.DelegateId == me && d.RevokedAt == null).ToListAsync(ct)
            : [];

    public async Task<bool> MayReviewAsync(Guid owner, Guid? ownerSupervisor, DateOnly workDate, CancellationToken ct) =>
        ReviewRules.MayReview(owner, ownerSupervisor, user.EmployeeId, workDate, ownerSupervisor == user.EmployeeId ? [] : await HeldAsync(ct));

    /// <summary>The reports the caller may review in <paramref name="status"/>, of one date or of any.</summary>
    public async Task<IQueryable<DailyReport>> ReviewableAsync(ReportStatus status, DateOnly? date, CancellationToken ct)
    {
        if (user.EmployeeId is not { } me)
        {
            return db.DailyReports.Where(_ => false);
        }
        var reports = date is { } d ? db.DailyReports.Where(r => r.WorkDate == d && r.Status == status) : db.DailyReports.Where(r => r.Status == status);
        var result = Team(reports, me, me);
        foreach (var delegation in await ShowingAsync(status, date, ct))
        {
            var (from, until) = (delegation.From, delegation.Until);
            result = result.Union(Team(reports.Where(r => r.WorkDate >= from && r.WorkDate <= until), delegation.DelegatorId, me));
        }
        return result;
    }

    /// <summary>
    /// The held delegations that add reports in <paramref name="status"/> to the caller's list: those covering
    /// <paramref name="date"/>; for a list of any date, those under which a report of the delegator's team on their
    /// dates is in that status (one query, answered from the same indexes).
    /// </summary>
    public async Task<IReadOnlyList<ReviewDelegation>> ShowingAsync(ReportStatus status, DateOnly? date, CancellationToken ct)
    {
        var held = await HeldAsync(ct);
        if (date is { } day)
        {
            return [.. held.Where(d => DelegationRules.Covers(d, day))];
        }
        if (held.Count == 0 || user.EmployeeId is not { } me)
        {
            return [];
        }
        var ids = held.Select(d => d.Id).ToList();
        var showing = await db.ReviewDelegations
            .Where(d => ids.Contains(d.Id)
                && db.Employees.Any(e => e.SupervisorId == d.DelegatorId && e.Id != me
                    && db.DailyReports.Any(r => r.EmployeeId == e.Id && r.WorkDate >= d.From && r.WorkDate <= d.Until && r.Status == status)))
            .Select(d => d.Id)
            .ToListAsync(ct);
        return [.. held.Where(d => showing.Contains(d.Id))];
    }

    private IQueryable<DailyReport> Team(IQueryable<DailyReport> reports, Guid supervisor, Guid me) =>
        from r in reports
        join e in db.Employees on r.EmployeeId equals e.Id
        where e.SupervisorId == supervisor && e.Id != me
        select r;
}
