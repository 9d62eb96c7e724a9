using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Audit;
using Sikerja.Domain;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Audit;

/// <summary>What to look for in the audit log; dates are days in the tenant's time zone, both ends included.</summary>
public sealed record AuditFilter(
    string? EntityType = null,
    string? Action = null,
    string? Actor = null,
    Guid? ActorId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? EntityId = null);

/// <summary>One audit entry, its time in UTC and in the reader's zone (WIB, WITA, WIT; UTC for system entries).</summary>
public sealed record AuditRow(
    Guid Id, DateTime At, DateTime LocalAt, string Zone, Guid? ActorUserId, string ActorName, string Action, string EntityType, string EntityId,
    IReadOnlyList<AuditChange> Changes);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, int Page, int PageSize, IReadOnlyList<string> EntityTypes);

/// <summary>
/// Reading the audit log, newest first. Tenant admins read their tenant's entries; system admins the
/// system-level ones (no tenant: system admin accounts and rights). Nobody else reads it, and nothing here
/// or anywhere in the application changes it.
/// </summary>
public sealed class AuditQuery(SikerjaDbContext db, CurrentUser me, TimeProvider time)
{
    public const int PageSize = 50;
    private const string SystemZone = "UTC";

    public bool CanRead => (me.IsTenantAdmin && me.TenantId is not null) || me.IsSystemAdmin;

    public async Task<CommandResult<AuditPage>> SearchAsync(AuditFilter filter, int page, CancellationToken ct)
    {
        if (!CanRead)
        {
            return CommandResult<AuditPage>.Forbidden();
        }
        if (filter.From > filter.To)
        {
            return CommandResult<AuditPage>.Refused("to", "tanggal akhir lebih awal dari tanggal awal");
        }
        page = Math.Max(1, page);
        var tenant = me.IsTenantAdmin ? me.TenantId : null;
        var zone = tenant is null
            ? SystemZone
            : await db.Tenants.Where(t => t.Id == tenant).Select(t => t.TimeZoneId).SingleAsync(ct);
        var clock = new TenantClock(time, zone);
        var scope = db.AuditEntries.AsNoTracking().Where(a => a.TenantId == tenant);
        var query = Filtered(scope, filter, clock);
        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var types = await scope.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        var abbreviation = IndonesianTimeZones.Abbreviation(zone);
        var rows = entries.ConvertAll(a => new AuditRow(
            a.Id, a.At, clock.ToLocal(a.At), abbreviation, a.ActorUserId, a.ActorName, a.Action, a.EntityType, a.EntityId,
            AuditChanges.Of(a.Before, a.After)));
        return CommandResult<AuditPage>.Done(new AuditPage(rows, total, page, PageSize, types));
    }

    private static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> query, AuditFilter filter, TenantClock clock)
    {
        if (filter.EntityType?.Trim() is { Length: > 0 } type)
        {
            query = query.Where(a => a.EntityType == type);
        }
        if (filter.Action?.Trim() is { Length: > 0 } action)
        {
            query = query.Where(a => a.Action == action);
        }
        if (filter.Actor?.Trim().ToLowerInvariant() is { Length: > 0 } actor)
        {
            var pattern = LikePattern.Containing(actor);
            query = query.Where(a => EF.Functions.Like(a.ActorName.ToLower(), pattern, LikePattern.Escape));
        }
        if (filter.ActorId is { } actorId)
        {
            query = query.Where(a => a.ActorUserId == actorId);
        }
        if (filter.From is { } from)
        {
            var start = clock.ToUtc(from, TimeOnly.MinValue);
            query = query.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = clock.ToUtc(to.AddDays(1), TimeOnly.MinValue);
            query = query.Where(a => a.At < end);
        }
        if (filter.EntityId?.Trim() is { Length: > 0 } entityId)
        {
            query = query.Where(a => a.EntityId == entityId);
        }
        return query;
    }
}
