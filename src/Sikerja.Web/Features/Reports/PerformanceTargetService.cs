using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Notifications;
using Sikerja.Domain.Reports;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>A target with its owner's name, for the superior's list.</summary>
public sealed record TeamTarget(PerformanceTarget Target, string EmployeeName, string EmployeeNip);

/// <summary>
/// Yearly performance targets (SKP, kept simple): the employee proposes and corrects their own; the direct superior
/// agrees or returns them with a comment; agreed ones are what activities count toward. Audited on save.
/// </summary>
public sealed class PerformanceTargetService(
    SikerjaDbContext db, CurrentUser user, OrganisationAccess access, ReportCalendarReader calendars, Notifier notifier, TimeProvider time)
{
    public async Task<CommandResult<IReadOnlyList<PerformanceTarget>>> MineAsync(int year, CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<IReadOnlyList<PerformanceTarget>>.Forbidden();
        }
        return CommandResult<IReadOnlyList<PerformanceTarget>>.Done(
            await db.PerformanceTargets.AsNoTracking().Where(t => t.EmployeeId == me && t.Year == year).OrderBy(t => t.Title).ToListAsync(ct));
    }

    /// <summary>The proposed targets of the caller's direct reports, waiting for the caller.</summary>
    public async Task<CommandResult<IReadOnlyList<TeamTarget>>> TeamProposedAsync(CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<IReadOnlyList<TeamTarget>>.Forbidden();
        }
        return CommandResult<IReadOnlyList<TeamTarget>>.Done(await (
                from t in db.PerformanceTargets.AsNoTracking()
                join e in db.Employees on t.EmployeeId equals e.Id
                where e.SupervisorId == me && e.Id != me && t.Status == TargetStatus.Proposed
                orderby e.Name, t.Year, t.Title
                select new TeamTarget(t, e.Name, e.Nip))
            .Take(200).ToListAsync(ct));
    }

    public async Task<CommandResult<PerformanceTarget>> ProposeAsync(TargetDraft draft, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || user.EmployeeId is not { } me)
        {
            return CommandResult<PerformanceTarget>.Forbidden();
        }
        var problems = await CheckDraftAsync(draft, me, ct);
        if (problems.Count > 0)
        {
            return CommandResult<PerformanceTarget>.Refused(problems);
        }
        var target = new PerformanceTarget { TenantId = tenant, EmployeeId = me, Title = "", Unit = "", Status = TargetStatus.Proposed };
        Fill(target, draft);
        db.PerformanceTargets.Add(target);
        await db.SaveChangesAsync(ct);
        return CommandResult<PerformanceTarget>.Done(target);
    }

    /// <summary>Corrects one of the caller's targets not yet agreed; it goes back to the superior as proposed.</summary>
    public async Task<CommandResult<PerformanceTarget>> ChangeAsync(Guid id, TargetDraft draft, CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<PerformanceTarget>.Forbidden();
        }
        var target = await db.PerformanceTargets.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (target is null || (target.EmployeeId != me && !await (await access.VisibleEmployeesAsync(ct)).AnyAsync(e => e.Id == target.EmployeeId, ct)))
        {
            return CommandResult<PerformanceTarget>.NotFound();
        }
        if (target.EmployeeId != me)
        {
            return CommandResult<PerformanceTarget>.Refused("status", "hanya pegawai pemilik sasaran kinerja yang dapat memperbaikinya");
        }
        if (TargetRules.CheckChange(target.Status) is { } fixedProblem)
        {
            return CommandResult<PerformanceTarget>.Refused([fixedProblem]);
        }
        var problems = await CheckDraftAsync(draft, me, ct);
        if (problems.Count > 0)
        {
            return CommandResult<PerformanceTarget>.Refused(problems);
        }
        Fill(target, draft);
        target.Status = TargetStatus.Proposed;
        target.Comment = null;
        await db.SaveChangesAsync(ct);
        return CommandResult<PerformanceTarget>.Done(target);
    }

    public async Task<CommandResult<PerformanceTarget>> DecideAsync(Guid id, bool agree, string? comment, CancellationToken ct)
    {
        if (user.TenantId is null)
        {
            return CommandResult<PerformanceTarget>.NotFound();
        }
        var target = await db.PerformanceTargets.SingleOrDefaultAsync(t => t.Id == id, ct);
        var owner = target is null ? null
            : await db.Employees.AsNoTracking().Where(e => e.Id == target.EmployeeId).Select(e => new { e.Id, e.SupervisorId }).SingleAsync(ct);
        if (target is null || owner is null
            || (owner.SupervisorId != user.EmployeeId && owner.Id != user.EmployeeId && !await (await access.VisibleEmployeesAsync(ct)).AnyAsync(e => e.Id == owner.Id, ct)))
        {
            return CommandResult<PerformanceTarget>.NotFound();
        }
        if (TargetRules.CheckDecide(owner.Id, owner.SupervisorId, user.EmployeeId, target.Status, agree, comment) is { } problem)
        {
            return CommandResult<PerformanceTarget>.Refused([problem]);
        }
        var now = time.GetUtcNow().UtcDateTime;
        target.Status = agree ? TargetStatus.Agreed : TargetStatus.Returned;
        target.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        target.AgreedBy = agree ? user.EmployeeId : null;
        target.AgreedAt = agree ? now : null;
        if (agree)
        {
            db.Notifications.Add(new Notification
            {
                TenantId = target.TenantId, EmployeeId = target.EmployeeId, Title = "Sasaran kinerja disetujui",
                Text = $"Sasaran kinerja {target.Year} \"{target.Title}\" disetujui.", Link = "/Reports/Targets", CreatedAt = now,
            });
        }
        else
        {
            await notifier.QueueAsync([target.EmployeeId], "Sasaran kinerja dikembalikan",
                $"Sasaran kinerja {target.Year} \"{target.Title}\" dikembalikan untuk diperbaiki: {target.Comment}", "/Reports/Targets", ct);
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<PerformanceTarget>.Done(target);
    }

    private async Task<List<Domain.Problem>> CheckDraftAsync(TargetDraft draft, Guid me, CancellationToken ct)
    {
        var (calendar, _) = await calendars.AroundAsync(null, time.GetUtcNow().UtcDateTime, ct);
        var hasSupervisor = await db.Employees.Where(e => e.Id == me).Select(e => e.SupervisorId).SingleAsync(ct) is not null;
        return [.. TargetRules.CheckDraft(draft, calendar.Today.Year, hasSupervisor)];
    }

    private static void Fill(PerformanceTarget target, TargetDraft draft)
    {
        target.Year = draft.Year!.Value;
        target.Title = draft.Title!.Trim();
        target.Quantity = draft.Quantity!.Value;
        target.Unit = draft.Unit!.Trim();
    }
}
