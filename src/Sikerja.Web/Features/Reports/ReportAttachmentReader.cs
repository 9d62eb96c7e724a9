using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Reports;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// An activity's attachment, for the employee who attached it and the report's reviewers only: a scan may show more
/// than the report itself, so reading the employee's record is not enough.
/// </summary>
public sealed class ReportAttachmentReader(SikerjaDbContext db, CurrentUser user, ReviewerRights rights)
{
    public async Task<CommandResult<ReportAttachment>> ReadAsync(Guid activityId, CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<ReportAttachment>.NotFound();
        }
        var owner = await (
                from a in db.ReportActivities
                join r in db.DailyReports on a.ReportId equals r.Id
                join e in db.Employees on r.EmployeeId equals e.Id
                where a.Id == activityId
                select new { e.Id, e.SupervisorId, r.WorkDate })
            .SingleOrDefaultAsync(ct);
        if (owner is null || (owner.Id != me && !await rights.MayReviewAsync(owner.Id, owner.SupervisorId, owner.WorkDate, ct)))
        {
            return CommandResult<ReportAttachment>.NotFound();
        }
        var file = await db.ReportAttachments.AsNoTracking().SingleOrDefaultAsync(f => f.ActivityId == activityId, ct);
        return file is null ? CommandResult<ReportAttachment>.NotFound() : CommandResult<ReportAttachment>.Done(file);
    }
}
