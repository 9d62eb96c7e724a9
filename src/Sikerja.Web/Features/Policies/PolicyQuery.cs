using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

public sealed record PolicyFilter(string? Text = null, PolicyState? State = null, int? Year = null);

public sealed record PolicyListItem(Policy Policy, PolicyState State, bool HasDocument);

public sealed record PolicyDocumentInfo(Guid Id, string FileName, string ContentType, int Size, DateTime UploadedAt);

public sealed record PolicyDetail(
    Policy Policy,
    PolicyState State,
    IReadOnlyList<PolicyListItem> Versions,
    PolicyDocumentInfo? Document,
    Policy? SupersededBy,
    IReadOnlyList<Policy> Superseded,
    bool CoversMe,
    PolicyAcknowledgement? MyAcknowledgement);

/// <summary>A circular as an employee it covers sees it: whether and when they acknowledged it.</summary>
public sealed record MyPolicy(Policy Policy, PolicyState State, bool HasDocument, DateTime? AcknowledgedAt);

/// <summary>Reading circulars: the list with every version (for those who read all), one circular with its history,
/// and the circulars that cover the caller.</summary>
public sealed class PolicyQuery(SikerjaDbContext db, PolicyAccess access, PolicyReader reader, TenantTime time)
{
    public async Task<CommandResult<IReadOnlyList<PolicyListItem>>> ListAsync(PolicyFilter filter, CancellationToken ct)
    {
        if (!access.ReadsAll)
        {
            return CommandResult<IReadOnlyList<PolicyListItem>>.Forbidden();
        }
        var query = db.Policies.AsNoTracking();
        if (!access.SeesDrafts)
        {
            query = query.Where(p => p.Status != PolicyStatus.Draft);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = LikePattern.Containing(filter.Text.Trim().ToLowerInvariant());
            query = query.Where(p => EF.Functions.Like(p.Number.ToLower(), pattern, LikePattern.Escape)
                || EF.Functions.Like(p.Title.ToLower(), pattern, LikePattern.Escape));
        }
        if (filter.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            query = query.Where(p => p.EffectiveFrom <= last && (p.EffectiveUntil == null || p.EffectiveUntil >= first));
        }
        var policies = await query.OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Version).ToListAsync(ct);
        var withDocument = await DocumentsOfAsync(policies.Select(p => p.Id), ct);
        var today = time.Clock.Today;
        IReadOnlyList<PolicyListItem> items =
        [
            .. policies
                .Select(p => new PolicyListItem(p, p.StateOn(today), withDocument.Contains(p.Id)))
                .Where(i => filter.State is not { } state || i.State == state),
        ];
        return CommandResult<IReadOnlyList<PolicyListItem>>.Done(items);
    }

    public async Task<PolicyDetail?> DetailAsync(Guid id, CancellationToken ct)
    {
        if (await reader.FindAsync(id, tracked: false, ct) is not var (policy, coversMe))
        {
            return null;
        }
        var today = time.Clock.Today;
        var series = await db.Policies.AsNoTracking().Where(p => p.SeriesId == policy.SeriesId).OrderBy(p => p.Version).ToListAsync(ct);
        var me = await reader.MeAsync(ct);
        var visible = series.Where(v => access.MayRead(v, PolicyReader.Covers(v, me))).ToList();
        var withDocument = await DocumentsOfAsync(visible.Select(v => v.Id), ct);
        var document = await db.PolicyDocuments.AsNoTracking().Where(d => d.PolicyId == id)
            .Select(d => new PolicyDocumentInfo(d.Id, d.FileName, d.ContentType, d.Size, d.UploadedAt)).SingleOrDefaultAsync(ct);
        var supersededBy = policy.SupersededById is { } by ? await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == by, ct) : null;
        var superseded = await db.Policies.AsNoTracking().Where(p => p.SupersededById == id).OrderBy(p => p.EffectiveFrom).ToListAsync(ct);
        var mine = me is not null
            ? await db.PolicyAcknowledgements.AsNoTracking().SingleOrDefaultAsync(a => a.PolicyId == id && a.EmployeeId == me.Id, ct)
            : null;
        return new PolicyDetail(policy, policy.StateOn(today),
            [.. visible.Select(v => new PolicyListItem(v, v.StateOn(today), withDocument.Contains(v.Id)))],
            document, supersededBy, superseded, coversMe, mine);
    }

    /// <summary>The published circulars that cover the caller as an employee, newest first, with their acknowledgement.</summary>
    public async Task<IReadOnlyList<MyPolicy>> MineAsync(CancellationToken ct)
    {
        if (await reader.MeAsync(ct) is not { } me)
        {
            return [];
        }
        var published = await db.Policies.AsNoTracking().Where(p => p.Status != PolicyStatus.Draft)
            .OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Version).ToListAsync(ct);
        var covering = published.Where(p => PolicyReader.Covers(p, me)).ToList();
        var ids = covering.Select(p => p.Id).ToList();
        var acknowledged = await db.PolicyAcknowledgements.AsNoTracking()
            .Where(a => a.EmployeeId == me.Id && ids.Contains(a.PolicyId) && a.AcknowledgedAt != null)
            .ToDictionaryAsync(a => a.PolicyId, a => a.AcknowledgedAt, ct);
        var withDocument = await DocumentsOfAsync(ids, ct);
        var today = time.Clock.Today;
        return [.. covering.Select(p => new MyPolicy(p, p.StateOn(today), withDocument.Contains(p.Id), acknowledged.GetValueOrDefault(p.Id)))];
    }

    /// <summary>The published circulars whose days in force meet the draft's: those publishing it must supersede.</summary>
    public async Task<IReadOnlyList<Policy>> OverlappingAsync(Policy draft, CancellationToken ct)
    {
        var published = await db.Policies.AsNoTracking().Where(p => p.Status != PolicyStatus.Draft && p.Id != draft.Id).ToListAsync(ct);
        return [.. published.Where(p => p.Overlaps(draft.EffectiveFrom, draft.EffectiveUntil)).OrderBy(p => p.EffectiveFrom)];
    }

    /// <summary>How many active employees publishing <paramref name="policy"/> would send it to.</summary>
    public async Task<int> RecipientCountAsync(Policy policy, CancellationToken ct)
    {
        var covered = policy.Rules.AppliesTo.ToList();
        return await db.Employees.CountAsync(e => e.IsActive && covered.Contains(e.Employment), ct);
    }

    /// <summary>The names of the tenant's units with the given codes, for reading exemptions in words.</summary>
    public async Task<IReadOnlyDictionary<string, string>> UnitNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.ToList();
        return await db.OrgUnits.AsNoTracking().Where(u => wanted.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, StringComparer.Ordinal, ct);
    }

    private async Task<HashSet<Guid>> DocumentsOfAsync(IEnumerable<Guid> policyIds, CancellationToken ct)
    {
        var ids = policyIds.ToList();
        return [.. await db.PolicyDocuments.AsNoTracking().Where(d => ids.Contains(d.PolicyId)).Select(d => d.PolicyId).ToListAsync(ct)];
    }
}
