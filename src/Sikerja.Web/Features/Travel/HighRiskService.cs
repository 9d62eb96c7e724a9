using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Travel;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

public sealed record HighRiskInput(string? RegionCode, DateOnly? From, DateOnly? Until, string? Note);

/// <summary>A marked region with its name.</summary>
public sealed record HighRiskView(HighRiskRegion Marking, string RegionName);

/// <summary>Regions marked high-risk (red zones) for a date range, by tenant admins or health officers; approvers are warned.</summary>
public sealed class HighRiskService(SikerjaDbContext db, CurrentUser user, TravelRegions regions, TenantTime time)
{
    private bool MayManage => user.TenantId is not null && (user.IsTenantAdmin || user.IsHealthOfficer);

    /// <summary>Markings that have not ended yet, then the last year's, latest first.</summary>
    public async Task<CommandResult<IReadOnlyList<HighRiskView>>> ListAsync(CancellationToken ct)
    {
        if (!MayManage)
        {
            return CommandResult<IReadOnlyList<HighRiskView>>.Forbidden();
        }
        var since = time.Clock.Today.AddDays(-366);
        var marked = await db.HighRiskRegions.AsNoTracking().Where(r => r.Until >= since).OrderByDescending(r => r.Until).ThenBy(r => r.RegionCode).ToListAsync(ct);
        var views = new List<HighRiskView>(marked.Count);
        foreach (var m in marked)
        {
            views.Add(new HighRiskView(m, await regions.FindAsync(m.RegionCode, ct) is { } r ? TravelRegions.Describe(r) : m.RegionCode));
        }
        return CommandResult<IReadOnlyList<HighRiskView>>.Done(views);
    }

    public async Task<CommandResult<HighRiskRegion>> AddAsync(HighRiskInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || !MayManage)
        {
            return CommandResult<HighRiskRegion>.Forbidden();
        }
        var region = await regions.FindAsync(input.RegionCode, ct);
        var problems = HighRiskRules.Check(input.RegionCode, region, input.From, input.Until, input.Note).ToList();
        if (problems.Count > 0)
        {
            return CommandResult<HighRiskRegion>.Refused(problems);
        }
        var marking = new HighRiskRegion
        {
            TenantId = tenant, RegionCode = region!.Code, From = input.From!.Value, Until = input.Until!.Value,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
        };
        db.HighRiskRegions.Add(marking);
        await db.SaveChangesAsync(ct);
        return CommandResult<HighRiskRegion>.Done(marking);
    }

    public async Task<CommandResult<HighRiskRegion>> RemoveAsync(Guid id, CancellationToken ct)
    {
        if (!MayManage)
        {
            return CommandResult<HighRiskRegion>.Forbidden();
        }
        var marking = await db.HighRiskRegions.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (marking is null)
        {
            return CommandResult<HighRiskRegion>.NotFound();
        }
        db.HighRiskRegions.Remove(marking);
        await db.SaveChangesAsync(ct);
        return CommandResult<HighRiskRegion>.Done(marking);
    }
}
