using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.People;
using Sikerja.Domain.Travel;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>An agency and the Asisten its recaps go through (none yet: null).</summary>
public sealed record RecapRouteRow(RecapAgency Agency, Guid? AsistenId, string? AsistenName);

/// <summary>Someone who may be an agency's Asisten: the JPT officials (Sekda, Asisten, Staf Ahli, heads of agencies).</summary>
public sealed record AsistenCandidate(Guid Id, string Name, string? Title, string UnitName);

/// <summary>
/// Which Asisten each agency's recap goes through on its way to the Sekda (Kukar: "masing-masing Asisten yang
/// membidangi Perangkat Daerah"). Tenant admins set them; changes are audited (RecapRoute is in the audit trail).
/// A recap already signed keeps the Asisten it was signed to.
/// </summary>
public sealed class RecapRouteService(SikerjaDbContext db, CurrentUser user, RecapAccess access)
{
    public async Task<CommandResult<IReadOnlyList<RecapRouteRow>>> RoutesAsync(CancellationToken ct)
    {
        if (user.TenantId is null || !user.IsTenantAdmin)
        {
            return CommandResult<IReadOnlyList<RecapRouteRow>>.Forbidden();
        }
        var agencies = await access.AgenciesAsync(ct);
        var routes = await (from r in db.RecapRoutes.AsNoTracking()
                            join e in db.Employees on r.AsistenId equals e.Id
                            select new { r.AgencyId, r.AsistenId, e.Name }).ToDictionaryAsync(r => r.AgencyId, ct);
        return CommandResult<IReadOnlyList<RecapRouteRow>>.Done(
        [
            .. agencies.Select(a => routes.TryGetValue(a.Id, out var r) ? new RecapRouteRow(a, r.AsistenId, r.Name) : new RecapRouteRow(a, null, null)),
        ]);
    }

    /// <summary>The active JPT officials of the tenant, those of the Secretariat first.</summary>
    public async Task<IReadOnlyList<AsistenCandidate>> CandidatesAsync(CancellationToken ct) =>
        user.TenantId is null ? [] : await (
            from e in db.Employees.AsNoTracking()
            join u in db.OrgUnits on e.UnitId equals u.Id
            where e.IsActive && e.Level == PositionLevel.Jpt
            orderby u.Type == Domain.Organisation.OrgUnitType.Secretariat ? 0 : 1, e.Name
            select new AsistenCandidate(e.Id, e.Name, e.Title, u.Name)).ToListAsync(ct);

    /// <summary>Sets the agency's Asisten; null removes the route.</summary>
    public async Task<CommandResult<RecapRoute?>> SetAsync(Guid agencyId, Guid? asistenId, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || !user.IsTenantAdmin)
        {
            return CommandResult<RecapRoute?>.Forbidden();
        }
        if (await access.AgencyAsync(agencyId, ct) is null)
        {
            return CommandResult<RecapRoute?>.NotFound();
        }
        var route = await db.RecapRoutes.SingleOrDefaultAsync(r => r.AgencyId == agencyId, ct);
        if (asistenId is not { } asisten)
        {
            if (route is not null)
            {
                db.RecapRoutes.Remove(route);
                await db.SaveChangesAsync(ct);
            }
            return CommandResult<RecapRoute?>.Done(null);
        }
        if (!await db.Employees.AnyAsync(e => e.Id == asisten && e.IsActive, ct))
        {
            return CommandResult<RecapRoute?>.Refused($"asisten-{agencyId}", "pegawai yang dipilih tidak ada atau tidak aktif");
        }
        if (route is null)
        {
            route = db.RecapRoutes.Add(new RecapRoute { TenantId = tenant, AgencyId = agencyId, AsistenId = asisten }).Entity;
        }
        else
        {
            route.AsistenId = asisten;
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<RecapRoute?>.Done(route);
    }
}
