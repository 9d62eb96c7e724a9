using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Office-work permission (Kukar): a WFH employee asks the direct superior to work at the office on a day; the
/// superior approves or rejects (nobody decides their own request). Approved, the published roster's day becomes an
/// office day, marked as overridden with the request as its reason, and the employee is told of every decision.
/// Requests and roster entries are audited on save.
/// </summary>
public sealed class OfficeWorkService(
    SikerjaDbContext db, CurrentUser user, OrganisationAccess access, TenantTime tenantTime, Notifier notifier, TimeProvider time)
{
    public const string ReasonPrefix = "izin kerja di kantor disetujui atasan: ";

    public async Task<CommandResult<OfficeWorkRequest>> AskAsync(OfficeWorkInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || user.EmployeeId is not { } me)
        {
            return CommandResult<OfficeWorkRequest>.Forbidden();
        }
        var supervisor = await db.Employees.Where(e => e.Id == me).Select(e => e.SupervisorId).SingleAsync(ct);
        var scheduled = (await PublishedEntryAsync(me, input.Date, ct))?.Mode;
        var asked = await db.OfficeWorkRequests.AnyAsync(
            r => r.EmployeeId == me && r.Date == input.Date && (r.Status == RequestStatus.Pending || r.Status == RequestStatus.Approved), ct);
        var problems = OfficeWorkRules.CheckAsk(input.Date, tenantTime.Clock.Today, input.Reason, scheduled, supervisor is not null, asked).ToList();
        if (problems.Count > 0)
        {
            return CommandResult<OfficeWorkRequest>.Refused(problems);
        }
        var request = new OfficeWorkRequest
        {
            TenantId = tenant, EmployeeId = me, Date = input.Date, Reason = input.Reason!.Trim(), Status = RequestStatus.Pending,
            RequestedAt = time.GetUtcNow().UtcDateTime,
        };
        db.OfficeWorkRequests.Add(request);
        var name = await db.Employees.Where(e => e.Id == me).Select(e => e.Name).SingleAsync(ct);
        await notifier.QueueAsync([supervisor!.Value], "Permohonan kerja di kantor",
            $"{name} meminta izin bekerja di kantor pada {input.Date:yyyy-MM-dd}: {request.Reason}", "/Attendance/OfficeWork", ct);
        await db.SaveChangesAsync(ct);
        return CommandResult<OfficeWorkRequest>.Done(request);
    }

    /// <summary>The caller's own requests, latest day first.</summary>
    public async Task<CommandResult<IReadOnlyList<OfficeWorkView>>> MineAsync(CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<IReadOnlyList<OfficeWorkView>>.Forbidden();
        }
        return CommandResult<IReadOnlyList<OfficeWorkView>>.Done(await ViewsAsync(db.OfficeWorkRequests.Where(r => r.EmployeeId == me), ct));
    }

    /// <summary>Requests of the caller's direct reports: pending first, then decided ones of the last weeks.</summary>
    public async Task<CommandResult<IReadOnlyList<OfficeWorkView>>> ToDecideAsync(CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<IReadOnlyList<OfficeWorkView>>.Forbidden();
        }
        var since = tenantTime.Clock.Today.AddDays(-31);
        var reports = db.Employees.Where(e => e.SupervisorId == me && e.Id != me).Select(e => e.Id);
        var views = await ViewsAsync(db.OfficeWorkRequests.Where(r => reports.Contains(r.EmployeeId) && (r.Status == RequestStatus.Pending || r.Date >= since)), ct);
        return CommandResult<IReadOnlyList<OfficeWorkView>>.Done([.. views.OrderBy(v => v.Request.Status != RequestStatus.Pending)]);
    }

    public async Task<CommandResult<OfficeWorkRequest>> DecideAsync(Guid id, OfficeWorkDecision decision, CancellationToken ct)
    {
        if (user.TenantId is null)
        {
            return CommandResult<OfficeWorkRequest>.NotFound();
        }
        var request = await db.OfficeWorkRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        var requester = request is null ? null
            : await db.Employees.AsNoTracking().Where(e => e.Id == request.EmployeeId).Select(e => new { e.Id, e.Name, e.SupervisorId }).SingleAsync(ct);
        if (request is null || requester is null
            || (requester.SupervisorId != user.EmployeeId && !await (await access.VisibleEmployeesAsync(ct)).AnyAsync(e => e.Id == requester.Id, ct)))
        {
            return CommandResult<OfficeWorkRequest>.NotFound();
        }
        if (OfficeWorkRules.CheckDecide(requester.Id, requester.SupervisorId, user.EmployeeId, request.Status, decision.Note) is { } refused)
        {
            return CommandResult<OfficeWorkRequest>.Refused([refused]);
        }
        if (decision.Approve)
        {
            var entry = await PublishedEntryAsync(request.EmployeeId, request.Date, ct, tracked: true);
            if (entry is null || entry.Mode == WorkMode.Off)
            {
                return CommandResult<OfficeWorkRequest>.Refused("status", "jadwal piket hari itu tidak lagi memberi hari kerja kepada pemohon; tolak permohonan ini");
            }
            if (entry.Mode == WorkMode.Home)
            {
                var snapshot = await db.RosterPlans.Where(p => p.Id == entry.PlanId).Select(p => p.PolicySnapshot).SingleAsync(ct);
                entry.Mode = WorkMode.Office;
                entry.Shifts = ShiftSet.All(Math.Max(1, snapshot.Shifts.Count));
                entry.Overridden = true;
                entry.OverrideReason = (ReasonPrefix + request.Reason)[..Math.Min(400, ReasonPrefix.Length + request.Reason.Length)];
                entry.ChangedAt = time.GetUtcNow().UtcDateTime;
                entry.ChangedBy = user.UserId;
            }
        }
        request.Status = decision.Approve ? RequestStatus.Approved : RequestStatus.Rejected;
        request.DecidedBy = user.UserId;
        request.DecidedAt = time.GetUtcNow().UtcDateTime;
        request.DecisionNote = string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim();
        var outcome = decision.Approve
            ? $"Permohonan bekerja di kantor pada {request.Date:yyyy-MM-dd} disetujui; jadwal hari itu menjadi di kantor."
            : $"Permohonan bekerja di kantor pada {request.Date:yyyy-MM-dd} ditolak.";
        await notifier.QueueAsync([request.EmployeeId], decision.Approve ? "Izin kerja di kantor disetujui" : "Izin kerja di kantor ditolak",
            request.DecisionNote is null ? outcome : $"{outcome} Catatan: {request.DecisionNote}", "/Attendance/OfficeWork", ct);
        await db.SaveChangesAsync(ct);
        return CommandResult<OfficeWorkRequest>.Done(request);
    }

    /// <summary>The employee's entry on the date in the latest published roster that has one.</summary>
    private async Task<RosterEntry?> PublishedEntryAsync(Guid employeeId, DateOnly date, CancellationToken ct, bool tracked = false)
    {
        var entries = tracked ? db.RosterEntries : db.RosterEntries.AsNoTracking();
        return await (from e in entries
                      join p in db.RosterPlans on e.PlanId equals p.Id
                      where p.Status == RosterStatus.Published && e.EmployeeId == employeeId && e.Date == date
                      orderby p.PublishedAt descending
                      select e).FirstOrDefaultAsync(ct);
    }

    private async Task<IReadOnlyList<OfficeWorkView>> ViewsAsync(IQueryable<OfficeWorkRequest> requests, CancellationToken ct) =>
        await (from r in requests.AsNoTracking()
               join e in db.Employees on r.EmployeeId equals e.Id
               join u in db.Users on r.DecidedBy equals (Guid?)u.Id into deciders
               from d in deciders.DefaultIfEmpty()
               orderby r.Date descending, r.RequestedAt descending
               select new OfficeWorkView(r, e.Name, e.Nip, d == null ? null : d.DisplayName)).Take(200).ToListAsync(ct);
}
