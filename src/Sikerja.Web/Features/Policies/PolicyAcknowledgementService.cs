using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>How far one agency has read a circular.</summary>
public sealed record AgencyAcknowledgement(Guid AgencyId, string Code, string Name, int Sent, int Acknowledged)
{
    public int Pending => Sent - Acknowledged;

    /// <summary>Whole percent, rounded down, so that 100 means everyone.</summary>
    public int Percent => Sent == 0 ? 0 : Acknowledged * 100 / Sent;
}

/// <summary>Someone who has not yet acknowledged a circular.</summary>
public sealed record PendingReader(Guid EmployeeId, string Nip, string Name, string UnitName, DateTime SentAt, DateTime? LastRemindedAt);

/// <summary>
/// Acknowledging a circular (an employee it covers, once; the first time is kept), how far each agency has read it
/// (admins: tenant admins and leadership every agency, agency admins theirs), and reminders to those who have not.
/// </summary>
public sealed class PolicyAcknowledgementService(
    SikerjaDbContext db, PolicyAccess access, PolicyReader reader, TimeProvider clock, IPolicyNotifications notifications)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CommandResult<PolicyAcknowledgement>> AcknowledgeAsync(Guid policyId, CancellationToken ct)
    {
        if (await reader.FindAsync(policyId, tracked: false, ct) is not var (policy, coversMe))
        {
            return CommandResult<PolicyAcknowledgement>.NotFound();
        }
        if (!coversMe || await reader.MeAsync(ct) is not { } me)
        {
            return CommandResult<PolicyAcknowledgement>.Forbidden();
        }
        var row = await db.PolicyAcknowledgements.SingleOrDefaultAsync(a => a.PolicyId == policy.Id && a.EmployeeId == me.Id, ct);
        if (row is null)
        {
            // Joined (or became covered) after the circular was sent: it reaches them when they read it.
            var unitPath = await db.OrgUnits.Where(u => u.Id == me.UnitId).Select(u => u.Path).SingleAsync(ct);
            row = new PolicyAcknowledgement
            {
                TenantId = policy.TenantId,
                PolicyId = policy.Id,
                EmployeeId = me.Id,
                AgencyId = PolicyDistribution.AgencyOf(unitPath),
                SentAt = Now,
            };
            db.PolicyAcknowledgements.Add(row);
        }
        row.AcknowledgedAt ??= Now;
        await db.SaveChangesAsync(ct);
        return CommandResult<PolicyAcknowledgement>.Done(row);
    }

    public async Task<CommandResult<IReadOnlyList<AgencyAcknowledgement>>> SummaryAsync(Guid policyId, CancellationToken ct)
    {
        if (await reader.FindAsync(policyId, tracked: false, ct) is not var (policy, _))
        {
            return CommandResult<IReadOnlyList<AgencyAcknowledgement>>.NotFound();
        }
        if (!access.SeesAcknowledgements)
        {
            return CommandResult<IReadOnlyList<AgencyAcknowledgement>>.Forbidden();
        }
        var rows = await Rows(policy.Id)
            .GroupBy(a => a.AgencyId)
            .Select(g => new { AgencyId = g.Key, Sent = g.Count(), Acknowledged = g.Count(a => a.AcknowledgedAt != null) })
            .Join(db.OrgUnits, g => g.AgencyId, u => u.Id, (g, u) => new AgencyAcknowledgement(g.AgencyId, u.Code, u.Name, g.Sent, g.Acknowledged))
            .ToListAsync(ct);
        IReadOnlyList<AgencyAcknowledgement> ordered = [.. rows.OrderBy(r => r.Percent).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
        return CommandResult<IReadOnlyList<AgencyAcknowledgement>>.Done(ordered);
    }

    /// <summary>Those of one agency who have not acknowledged the circular, by name.</summary>
    public async Task<CommandResult<IReadOnlyList<PendingReader>>> PendingAsync(Guid policyId, Guid agencyId, CancellationToken ct)
    {
        if (await reader.FindAsync(policyId, tracked: false, ct) is not var (policy, _))
        {
            return CommandResult<IReadOnlyList<PendingReader>>.NotFound();
        }
        if (!access.SeesAcknowledgements || !SeesAgency(agencyId))
        {
            return CommandResult<IReadOnlyList<PendingReader>>.Forbidden();
        }
        var pending = await Rows(policy.Id)
            .Where(a => a.AgencyId == agencyId && a.AcknowledgedAt == null)
            .Join(db.Employees, a => a.EmployeeId, e => e.Id, (a, e) => new { a.SentAt, a.LastRemindedAt, e.Id, e.Nip, e.Name, e.UnitId })
            .Join(db.OrgUnits, x => x.UnitId, u => u.Id, (x, u) => new { x.Id, x.Nip, x.Name, Unit = u.Name, x.SentAt, x.LastRemindedAt })
            .OrderBy(x => x.Name)
            .ToListAsync(ct);
        return CommandResult<IReadOnlyList<PendingReader>>.Done(
            [.. pending.Select(x => new PendingReader(x.Id, x.Nip, x.Name, x.Unit, x.SentAt, x.LastRemindedAt))]);
    }

    /// <summary>Reminds those who have not acknowledged: of one agency, or of every agency the caller administers when
    /// <paramref name="agencyId"/> is null. Returns the reminder as recorded.</summary>
    public async Task<CommandResult<PolicyReminder>> RemindAsync(Guid policyId, Guid? agencyId, CancellationToken ct)
    {
        if (await reader.FindAsync(policyId, tracked: false, ct) is not var (policy, _))
        {
            return CommandResult<PolicyReminder>.NotFound();
        }
        if (!access.CanRemind || (agencyId is { } agency && !SeesAgency(agency)))
        {
            return CommandResult<PolicyReminder>.Forbidden();
        }
        if (policy.Status == PolicyStatus.Draft)
        {
            return CommandResult<PolicyReminder>.Refused("status", "surat edaran ini belum terbit");
        }
        var query = Rows(policy.Id, tracked: true).Where(a => a.AcknowledgedAt == null);
        if (agencyId is { } one)
        {
            query = query.Where(a => a.AgencyId == one);
        }
        var pending = await query.ToListAsync(ct);
        if (pending.Count == 0)
        {
            return CommandResult<PolicyReminder>.Refused("agencyId", "semua penerima sudah menyatakan membaca surat edaran ini");
        }
        var now = Now;
        foreach (var row in pending)
        {
            row.LastRemindedAt = now;
        }
        var reminder = new PolicyReminder
        {
            TenantId = policy.TenantId,
            PolicyId = policy.Id,
            AgencyId = agencyId,
            Recipients = pending.Count,
            SentAt = now,
            SentBy = access.UserId,
        };
        db.PolicyReminders.Add(reminder);
        await db.SaveChangesAsync(ct);
        await notifications.ReminderAsync(new PolicyNotice(policy.TenantId, policy.Id, policy.Number, policy.Title, [.. pending.Select(a => a.EmployeeId)]), ct);
        return CommandResult<PolicyReminder>.Done(reminder);
    }

    /// <summary>The acknowledgement rows of the circular the caller may count: all, or those of their agencies.</summary>
    private IQueryable<PolicyAcknowledgement> Rows(Guid policyId, bool tracked = false)
    {
        var rows = (tracked ? db.PolicyAcknowledgements : db.PolicyAcknowledgements.AsNoTracking()).Where(a => a.PolicyId == policyId);
        if (access.SeesAllAgencies)
        {
            return rows;
        }
        var agencies = access.OwnAgencies.ToList();
        return rows.Where(a => agencies.Contains(a.AgencyId));
    }

    private bool SeesAgency(Guid agencyId) => access.SeesAllAgencies || access.OwnAgencies.Contains(agencyId);
}
