using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Reports;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>The delegate named by NIP (quick to type on a phone; no list of thousands to pick from), the dates and why.</summary>
public sealed record DelegationInput(string? DelegateNip, DateOnly? From, DateOnly? Until, string? Reason);

/// <summary>A delegation with the names of both sides.</summary>
public sealed record DelegationView(ReviewDelegation Delegation, string DelegatorName, string DelegateName, string DelegateNip);

/// <summary>The delegations the caller gave and those they hold.</summary>
public sealed record DelegationOverview(IReadOnlyList<DelegationView> Given, IReadOnlyList<DelegationView> Received, bool HasDirectReports);

/// <summary>
/// A superior who is away hands review of their direct reports' daily reports to another official for a date range,
/// and may revoke it; the delegate is told and finds the team's reports in their review list on the covered dates.
/// Audited on save.
/// </summary>
public sealed class ReviewDelegationService(
    SikerjaDbContext db, CurrentUser user, OrganisationAccess access, ReportCalendarReader calendars, Notifier notifier, TimeProvider time)
{
    private const int Listed = 50;

    public async Task<CommandResult<DelegationOverview>> OverviewAsync(CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<DelegationOverview>.Forbidden();
        }
        var given = await ViewsAsync(db.ReviewDelegations.Where(d => d.DelegatorId == me), ct);
        var received = await ViewsAsync(db.ReviewDelegations.Where(d => d.DelegateId == me && d.RevokedAt == null), ct);
        var hasTeam = await db.Employees.AnyAsync(e => e.SupervisorId == me && e.Id != me, ct);
        return CommandResult<DelegationOverview>.Done(new DelegationOverview(given, received, hasTeam));
    }

    public async Task<CommandResult<ReviewDelegation>> CreateAsync(DelegationInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || user.EmployeeId is not { } me)
        {
            return CommandResult<ReviewDelegation>.Forbidden();
        }
        var nip = input.DelegateNip?.Trim();
        var chosen = string.IsNullOrEmpty(nip) ? null
            : await db.Employees.AsNoTracking().Where(e => e.Nip == nip).Select(e => new { e.Id, e.IsActive, e.Name }).SingleOrDefaultAsync(ct);
        var hasTeam = await db.Employees.AnyAsync(e => e.SupervisorId == me && e.Id != me, ct);
        var (calendar, _) = await calendars.AroundAsync(null, Now, ct);
        var problems = DelegationRules.CheckCreate(
            me, chosen?.Id, chosen is not null, chosen?.IsActive ?? false, input.From, input.Until, calendar.Today, input.Reason, hasTeam).ToList();
        if (problems.Count > 0)
        {
            return CommandResult<ReviewDelegation>.Refused(problems);
        }
        var delegation = new ReviewDelegation
        {
            TenantId = tenant, DelegatorId = me, DelegateId = chosen!.Id, From = input.From!.Value, Until = input.Until!.Value,
            Reason = input.Reason!.Trim(), CreatedAt = Now, CreatedBy = user.UserId,
        };
        db.ReviewDelegations.Add(delegation);
        var name = await db.Employees.Where(e => e.Id == me).Select(e => e.Name).SingleAsync(ct);
        await notifier.QueueAsync([chosen.Id], "Delegasi peninjauan laporan",
            $"{name} mendelegasikan peninjauan laporan kinerja harian timnya kepada Anda untuk {delegation.From:yyyy-MM-dd} sampai {delegation.Until:yyyy-MM-dd}: {delegation.Reason}",
            "/Reports/Review", ct);
        await db.SaveChangesAsync(ct);
        return CommandResult<ReviewDelegation>.Done(delegation);
    }

    public async Task<CommandResult<ReviewDelegation>> RevokeAsync(Guid id, CancellationToken ct)
    {
        if (user.TenantId is null)
        {
            return CommandResult<ReviewDelegation>.NotFound();
        }
        var delegation = await db.ReviewDelegations.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (delegation is null
            || (delegation.DelegatorId != user.EmployeeId && delegation.DelegateId != user.EmployeeId
                && !await (await access.VisibleEmployeesAsync(ct)).AnyAsync(e => e.Id == delegation.DelegatorId, ct)))
        {
            return CommandResult<ReviewDelegation>.NotFound();
        }
        if (DelegationRules.CheckRevoke(delegation, user.EmployeeId) is { } problem)
        {
            return CommandResult<ReviewDelegation>.Refused([problem]);
        }
        delegation.RevokedAt = Now;
        await db.SaveChangesAsync(ct);
        return CommandResult<ReviewDelegation>.Done(delegation);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<IReadOnlyList<DelegationView>> ViewsAsync(IQueryable<ReviewDelegation> delegations, CancellationToken ct) =>
        await (from d in delegations.AsNoTracking()
               join giver in db.Employees on d.DelegatorId equals giver.Id
               join to in db.Employees on d.DelegateId equals to.Id
               orderby d.From descending, d.CreatedAt descending
               select new DelegationView(d, giver.Name, to.Name, to.Nip)).Take(Listed).ToListAsync(ct);
}
