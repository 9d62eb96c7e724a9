using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Tenancy;
using Sikerja.Domain;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>
/// Writing and publishing circulars (tenant admins): drafts, publication with the acknowledgement rows of
/// everyone covered, extension, amendment and revocation. The rules of each step are
/// <see cref="PolicyLifecycle"/>'s; every change lands in the audit trail.
/// </summary>
public sealed class PolicyService(
    SikerjaDbContext db, PolicyAccess access, PolicyReader reader, TenantTime time, TimeProvider clock,
    PolicyDistribution distribution, IPolicyNotifications notifications)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CommandResult<Policy>> CreateDraftAsync(PolicyDraft draft, CancellationToken ct)
    {
        if (!access.CanEdit)
        {
            return CommandResult<Policy>.Forbidden();
        }
        var problems = PolicyLifecycle.CheckDraft(draft.TrimmedRules, draft.SignerName, draft.SignerPost, draft.IssuedOn, await UnitCodesAsync(ct))
            .Concat(draft.CheckAccountability()).ToList();
        if (problems.Count > 0)
        {
            return CommandResult<Policy>.Refused(problems);
        }
        var policy = new Policy { TenantId = db.CurrentTenantId!.Value, Status = PolicyStatus.Draft, CreatedAt = Now, CreatedBy = access.UserId };
        policy.SeriesId = policy.Id;
        draft.ApplyTo(policy);
        db.Policies.Add(policy);
        await db.SaveChangesAsync(ct);
        return CommandResult<Policy>.Done(policy);
    }

    /// <summary>
    /// A draft from a shipped circular, in force from tomorrow for as long as the original; exempt units the tenant
    /// lacks are left out and named in <see cref="TemplateDraft.DroppedUnits"/>.
    /// </summary>
    public async Task<CommandResult<TemplateDraft>> StartFromTemplateAsync(string? key, CancellationToken ct)
    {
        if (!access.CanEdit)
        {
            return CommandResult<TemplateDraft>.Forbidden();
        }
        if (PolicyTemplates.Find(key) is not { } template)
        {
            return CommandResult<TemplateDraft>.Refused("template", $"tidak ada templat '{key}'");
        }
        var (rules, dropped) = PolicyTemplates.Adapt(template.Rules, time.Clock.Today.AddDays(1), await UnitCodesAsync(ct));
        var created = await CreateDraftAsync(new PolicyDraft(template.SignerName, template.SignerPost, null, rules,
            template.Reporting, template.OutOfRegionNeedsPermit, template.OfficialInRegionNeedsPermit), ct);
        return created.Value is { } policy
            ? CommandResult<TemplateDraft>.Done(new TemplateDraft(policy, dropped))
            : new CommandResult<TemplateDraft>(created.Status, null, created.Problems);
    }

    public async Task<CommandResult<Policy>> UpdateDraftAsync(Guid id, PolicyDraft draft, CancellationToken ct) =>
        await ChangeAsync(id, async policy =>
        {
            var problems = PolicyLifecycle.CheckEditable(policy).Concat(
                PolicyLifecycle.CheckDraft(draft.TrimmedRules, draft.SignerName, draft.SignerPost, draft.IssuedOn, await UnitCodesAsync(ct)))
                .Concat(draft.CheckAccountability()).ToList();
            if (problems.Count == 0)
            {
                draft.ApplyTo(policy);
            }
            return problems;
        }, ct);

    public async Task<CommandResult<Policy>> DeleteDraftAsync(Guid id, CancellationToken ct) =>
        await ChangeAsync(id, policy =>
        {
            var problems = PolicyLifecycle.CheckEditable(policy);
            if (problems.Count == 0)
            {
                db.Policies.Remove(policy);
            }
            return Task.FromResult(problems);
        }, ct);

    /// <summary>Publishes a draft, superseding the circulars named in <paramref name="supersedes"/>, and sends it to
    /// everyone it covers.</summary>
    public async Task<CommandResult<Policy>> PublishAsync(Guid id, IReadOnlyCollection<Guid> supersedes, CancellationToken ct)
    {
        IReadOnlyList<Guid> recipients = [];
        var result = await ChangeAsync(id, async policy =>
        {
            var others = await db.Policies.Where(p => p.Status != PolicyStatus.Draft && p.Id != id).ToListAsync(ct);
            var problems = PolicyLifecycle.Publish(policy, others, supersedes, await UnitCodesAsync(ct), time.Clock.Today, Now, access.UserId);
            if (problems.Count == 0)
            {
                recipients = await distribution.AddRecipientsAsync(policy, Now, ct);
            }
            return problems;
        }, ct);
        if (result.Value is { } published)
        {
            await notifications.PublishedAsync(new PolicyNotice(published.TenantId, published.Id, published.Number, published.Title, recipients), ct);
        }
        return result;
    }

    /// <summary>A later last day, or open-ended when <paramref name="until"/> is null.</summary>
    public async Task<CommandResult<Policy>> ExtendAsync(Guid id, DateOnly? until, CancellationToken ct) =>
        await ChangeAsync(id, async policy =>
            PolicyLifecycle.Extend(policy, until, await db.Policies.AsNoTracking().Where(p => p.Status != PolicyStatus.Draft).ToListAsync(ct)), ct);

    public async Task<CommandResult<Policy>> RevokeAsync(Guid id, DateOnly from, string? reason, CancellationToken ct) =>
        await ChangeAsync(id, policy => Task.FromResult(PolicyLifecycle.Revoke(policy, from, reason, time.Clock.Today)), ct);

    /// <summary>Starts the next version as a draft, in force from <paramref name="from"/> once published.</summary>
    public async Task<CommandResult<Policy>> AmendAsync(Guid id, DateOnly from, CancellationToken ct)
    {
        Policy? amendment = null;
        var result = await ChangeAsync(id, async policy =>
        {
            var series = await db.Policies.AsNoTracking().Where(p => p.SeriesId == policy.SeriesId).ToListAsync(ct);
            var (made, problems) = PolicyLifecycle.Amend(policy, series, from, time.Clock.Today, Now, access.UserId);
            if (made is not null)
            {
                db.Policies.Add(made);
                amendment = made;
            }
            return problems;
        }, ct);
        return result.IsDone ? CommandResult<Policy>.Done(amendment!) : result;
    }

    /// <summary>Codes of the tenant's open units: those an exemption may name.</summary>
    public async Task<IReadOnlySet<string>> UnitCodesAsync(CancellationToken ct) =>
        (await db.OrgUnits.AsNoTracking().Where(u => !u.IsClosed).Select(u => u.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Finds the circular (not found unless the caller may read it), checks the right to edit, applies the
    /// change and saves it when the change reports no problem.</summary>
    private async Task<CommandResult<Policy>> ChangeAsync(Guid id, Func<Policy, Task<IReadOnlyList<Problem>>> change, CancellationToken ct)
    {
        if (await reader.FindAsync(id, tracked: true, ct) is not var (policy, _))
        {
            return CommandResult<Policy>.NotFound();
        }
        if (!access.CanEdit)
        {
            return CommandResult<Policy>.Forbidden();
        }
        // A change is checked against the other published versions: under the tenant's lock, so that two admins
        // publishing overlapping circulars at once cannot both pass the check.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockTenantAsync(policy.TenantId, ct);
        await db.Entry(policy).ReloadAsync(ct);
        var problems = await change(policy);
        if (problems.Count > 0)
        {
            return CommandResult<Policy>.Refused(problems);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult<Policy>.Done(policy);
    }
}
