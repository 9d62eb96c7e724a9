using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Notifications;
using Sikerja.Domain.Reports;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Review of daily reports by the direct superior or the official holding the superior's delegation for the date:
/// the list of submitted reports waiting for the caller (paged), approval, return with a comment, and approval of
/// every waiting report of one day at once. Nobody reviews their own report. A return reaches the employee on every
/// channel; an approval in the application only. Status changes are audited on save.
/// </summary>
public sealed class ReportReviewService(
    SikerjaDbContext db, CurrentUser user, OrganisationAccess access, ReviewerRights rights, ReportActivityReader activities,
    Notifier notifier, TimeProvider time)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public async Task<CommandResult<ReviewList>> ListAsync(int page, int pageSize, CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is null)
        {
            return CommandResult<ReviewList>.Forbidden();
        }
        (page, pageSize) = (Math.Max(1, page), Math.Clamp(pageSize, 1, MaxPageSize));
        var waiting = await rights.ReviewableAsync(ReportStatus.Submitted, null, ct);
        var keys = from r in waiting
                   join e in db.Employees on r.EmployeeId equals e.Id
                   select new { r.Id, r.EmployeeId, e.Name, e.Nip, r.WorkDate, r.Late, r.SubmittedAt, Resubmitted = r.ReviewedAt != null };
        var total = await keys.CountAsync(ct);
        var rows = await keys.OrderByDescending(k => k.WorkDate).ThenBy(k => k.Name).ThenBy(k => k.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var lookup = await activities.ForReportsAsync([.. rows.Select(r => r.Id)], ct);
        var items = rows.Select(r => new ReviewItem(r.Id, r.EmployeeId, r.Name, r.Nip, r.WorkDate, r.Late, r.SubmittedAt, r.Resubmitted, [.. lookup[r.Id]])).ToList();
        return CommandResult<ReviewList>.Done(new ReviewList(items, page, pageSize, total));
    }

    /// <summary>A report for its owner, a reviewer of it, or anyone who may read its owner (superiors above, admins).</summary>
    public async Task<CommandResult<ReportDetail>> DetailAsync(Guid reportId, CancellationToken ct)
    {
        var found = await ReadableAsync(reportId, ct);
        if (found is null)
        {
            return CommandResult<ReportDetail>.NotFound();
        }
        var (report, owner, mayReview) = found.Value;
        var reviewer = report.ReviewedBy is { } by ? await db.Employees.Where(e => e.Id == by).Select(e => e.Name).SingleOrDefaultAsync(ct) : null;
        var views = (await activities.ForReportsAsync([report.Id], ct))[report.Id].ToList();
        return CommandResult<ReportDetail>.Done(new ReportDetail(report, owner.Name, owner.Nip, reviewer, views, mayReview));
    }

    public async Task<CommandResult<DailyReport>> ReviewAsync(Guid reportId, ReviewDecision decision, CancellationToken ct)
    {
        var found = await ReadableAsync(reportId, ct, tracked: true);
        if (found is null)
        {
            return CommandResult<DailyReport>.NotFound();
        }
        var (report, _, mayReview) = found.Value;
        if (ReviewRules.CheckReview(report.EmployeeId, user.EmployeeId, mayReview, report.Status, decision.Approve, decision.Comment) is { } problem)
        {
            return CommandResult<DailyReport>.Refused([problem]);
        }
        ReviewRules.Apply(report, decision.Approve, decision.Comment, user.EmployeeId!.Value, Now);
        if (decision.Approve)
        {
            AddApprovedNotice(report);
        }
        else
        {
            await notifier.QueueAsync([report.EmployeeId], "Laporan kinerja harian dikembalikan",
                $"Laporan Anda tanggal {report.WorkDate:yyyy-MM-dd} dikembalikan untuk diperbaiki: {report.ReturnComment}", LinkOf(report), ct);
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<DailyReport>.Done(report);
    }

    /// <summary>Approves every submitted report of <paramref name="workDate"/> the caller may review, and no other.</summary>
    public async Task<CommandResult<BulkApproval>> ApproveDayAsync(DateOnly workDate, CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<BulkApproval>.Forbidden();
        }
        var reports = await (await rights.ReviewableAsync(ReportStatus.Submitted, workDate, ct)).ToListAsync(ct);
        foreach (var report in reports)
        {
            ReviewRules.Apply(report, approve: true, null, me, Now);
            AddApprovedNotice(report);
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<BulkApproval>.Done(new BulkApproval(workDate, reports.Count));
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private static string LinkOf(DailyReport report) => $"/Reports?date={report.WorkDate:yyyy-MM-dd}";

    /// <summary>Good news needs no e-mail: the employee sees it in the application.</summary>
    private void AddApprovedNotice(DailyReport report) => db.Notifications.Add(new Notification
    {
        TenantId = report.TenantId, EmployeeId = report.EmployeeId, Title = "Laporan kinerja harian disetujui",
        Text = $"Laporan Anda tanggal {report.WorkDate:yyyy-MM-dd} disetujui.", Link = LinkOf(report), CreatedAt = Now,
    });

    /// <summary>The report with its owner when the caller may read it, and whether the caller may review it.</summary>
    private async Task<(DailyReport Report, OwnerFacts Owner, bool MayReview)?> ReadableAsync(Guid reportId, CancellationToken ct, bool tracked = false)
    {
        if (user.TenantId is null)
        {
            return null;
        }
        var reports = tracked ? db.DailyReports : db.DailyReports.AsNoTracking();
        var report = await reports.SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null)
        {
            return null;
        }
        var owner = await db.Employees.AsNoTracking().Where(e => e.Id == report.EmployeeId)
            .Select(e => new OwnerFacts(e.Id, e.Name, e.Nip, e.SupervisorId)).SingleAsync(ct);
        var mayReview = await rights.MayReviewAsync(owner.Id, owner.SupervisorId, report.WorkDate, ct);
        var readable = mayReview || owner.Id == user.EmployeeId || await (await access.VisibleEmployeesAsync(ct)).AnyAsync(e => e.Id == owner.Id, ct);
        return readable ? (report, owner, mayReview) : null;
    }

    private sealed record OwnerFacts(Guid Id, string Name, string Nip, Guid? SupervisorId);
}
