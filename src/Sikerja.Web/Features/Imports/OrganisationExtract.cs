using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Imports;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// The part of a tenant's organisation an import actor may export: the units of their scope (the whole tenant or
/// their agencies' subtrees) in tree order (each unit before its sub-units, siblings by code), and the employees of
/// those units. Read in a few queries, without tracking.
/// </summary>
public sealed record OrganisationExtract(
    Tenant Tenant,
    IReadOnlyList<OrgUnit> Units,
    IReadOnlyList<Employee> Employees,
    IReadOnlyDictionary<Guid, string> CodeOf,
    IReadOnlyDictionary<Guid, string> NipOf)
{
    public static Task<OrganisationExtract> LoadAsync(SikerjaDbContext db, ImportActor actor, CancellationToken ct) =>
        LoadAsync(db, actor.TenantId ?? throw new InvalidOperationException("An export needs a tenant."), actor.Scope, ct);

    /// <summary>The units and employees of <paramref name="scope"/> in a tenant, whoever asks (callers check rights).</summary>
    public static async Task<OrganisationExtract> LoadAsync(SikerjaDbContext db, Guid tenantId, ImportScope scope, CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, ct);
        var all = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var byId = all.ToDictionary(u => u.Id);
        var units = TreeOrder(all.Where(u => scope.WholeTenant || scope.Agencies.Contains(RootOf(u, byId))).ToList());
        var unitIds = units.Select(u => u.Id).ToList();
        var employees = scope.WholeTenant
            ? await db.Employees.AsNoTracking().ToListAsync(ct)
            : await db.Employees.AsNoTracking().Where(e => unitIds.Contains(e.UnitId)).ToListAsync(ct);
        var nipOf = employees.ToDictionary(e => e.Id, e => e.Nip);
        // A superior set by hand may work in another agency.
        var outside = employees.Where(e => e.SupervisorOverride is { } s && !nipOf.ContainsKey(s)).Select(e => e.SupervisorOverride!.Value).Distinct().ToList();
        if (outside.Count > 0)
        {
            foreach (var e in await db.Employees.AsNoTracking().Where(e => outside.Contains(e.Id)).Select(e => new { e.Id, e.Nip }).ToListAsync(ct))
            {
                nipOf[e.Id] = e.Nip;
            }
        }
        var order = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        employees = [.. employees.OrderBy(e => order.GetValueOrDefault(e.UnitId, int.MaxValue)).ThenBy(e => e.Level).ThenBy(e => e.Name, StringComparer.Ordinal)];
        return new OrganisationExtract(tenant, units, employees, all.ToDictionary(u => u.Id, u => u.Code), nipOf);
    }

    private static List<OrgUnit> TreeOrder(List<OrgUnit> units)
    {
        var inScope = units.Select(u => u.Id).ToHashSet();
        var children = units.ToLookup(u => u.ParentId is { } p && inScope.Contains(p) ? p : (Guid?)null);
        var ordered = new List<OrgUnit>(units.Count);
        void Visit(Guid? parent)
        {
            foreach (var unit in children[parent].OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                ordered.Add(unit);
                Visit(unit.Id);
            }
        }
        Visit(null);
        return ordered;
    }

    private static Guid RootOf(OrgUnit unit, Dictionary<Guid, OrgUnit> byId)
    {
        var guard = 0;
        while (unit.ParentId is { } p && byId.TryGetValue(p, out var parent) && guard++ < byId.Count)
        {
            unit = parent;
        }
        return unit.Id;
    }
}
