using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Organisation;
using Sikerja.Web.Access;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>
/// Who reads which agency's travel recap: tenant admins, leadership and the Sekda every agency's; the head and the
/// agency admins of an agency its own; an Asisten the agencies routed through them (and recaps signed to them).
/// Only the head signs an agency's recap and only its Asisten forwards it; the services check those.
/// </summary>
public sealed class RecapAccess(SikerjaDbContext db, CurrentUser user)
{
    private Guid? _sekda;
    private bool _sekdaLoaded;
    private IReadOnlySet<Guid>? _routed;

    public Guid? EmployeeId => user.EmployeeId;

    public Guid? UserId => user.UserId;

    /// <summary>The open top-level units of the tenant, by name.</summary>
    public async Task<IReadOnlyList<RecapAgency>> AgenciesAsync(CancellationToken ct) =>
        user.TenantId is null ? [] : await db.OrgUnits.AsNoTracking()
            .Where(u => u.ParentId == null && !u.IsClosed)
            .OrderBy(u => u.Name)
            .Select(u => new RecapAgency(u.Id, u.Code, u.Name, u.Address, u.HeadId))
            .ToListAsync(ct);

    public async Task<RecapAgency?> AgencyAsync(Guid id, CancellationToken ct) =>
        user.TenantId is null ? null : await db.OrgUnits.AsNoTracking()
            .Where(u => u.Id == id && u.ParentId == null && !u.IsClosed)
            .Select(u => new RecapAgency(u.Id, u.Code, u.Name, u.Address, u.HeadId))
            .SingleOrDefaultAsync(ct);

    /// <summary>Tenant admins, leadership and the Sekda read every agency's recap and the consolidated month.</summary>
    public async Task<bool> ReadsAllAsync(CancellationToken ct) =>
        user.TenantId is not null && (user.ReadsWholeTenant || (user.EmployeeId is { } me && me == await SekdaAsync(ct)));

    public async Task<bool> IsSekdaAsync(CancellationToken ct) => user.EmployeeId is { } me && me == await SekdaAsync(ct);

    /// <summary>The agencies whose recaps go through the caller as Asisten: by the routes, and by recaps signed to them.</summary>
    public async Task<IReadOnlySet<Guid>> RoutedToMeAsync(CancellationToken ct)
    {
        if (_routed is not null)
        {
            return _routed;
        }
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return _routed = new HashSet<Guid>();
        }
        var routed = await db.RecapRoutes.AsNoTracking().Where(r => r.AsistenId == me).Select(r => r.AgencyId)
            .Union(db.TravelRecaps.AsNoTracking().Where(r => r.AsistenId == me).Select(r => r.AgencyId))
            .ToListAsync(ct);
        return _routed = routed.ToHashSet();
    }

    public async Task<bool> CanReadAsync(RecapAgency agency, CancellationToken ct) =>
        user.TenantId is not null
        && ((user.EmployeeId is { } me && agency.HeadId == me)
            || user.AdminOfAgencies.Contains(agency.Id)
            || await ReadsAllAsync(ct)
            || (await RoutedToMeAsync(ct)).Contains(agency.Id));

    public bool IsHead(RecapAgency agency) => user.EmployeeId is { } me && agency.HeadId == me;

    /// <summary>
    /// The Sekda: the head of the top-level Secretariat. A tenant with two (the Sekretariat Daerah and the Sekretariat
    /// DPRD) has its Sekda in the one holding the Asisten of the routes; without routes, the first by code.
    /// </summary>
    public async Task<Guid?> SekdaAsync(CancellationToken ct)
    {
        if (_sekdaLoaded)
        {
            return _sekda;
        }
        _sekdaLoaded = true;
        if (user.TenantId is null)
        {
            return null;
        }
        var secretariats = await db.OrgUnits.AsNoTracking()
            .Where(u => u.ParentId == null && u.Type == OrgUnitType.Secretariat && !u.IsClosed)
            .OrderBy(u => u.Code)
            .Select(u => new { u.Path, u.HeadId })
            .ToListAsync(ct);
        if (secretariats.Count <= 1)
        {
            return _sekda = secretariats.FirstOrDefault()?.HeadId;
        }
        var asistenUnits = await (from r in db.RecapRoutes.AsNoTracking()
                                  join e in db.Employees on r.AsistenId equals e.Id
                                  join u in db.OrgUnits on e.UnitId equals u.Id
                                  select u.Path).Distinct().ToListAsync(ct);
        var setda = secretariats.FirstOrDefault(s => asistenUnits.Exists(p => p.StartsWith(s.Path, StringComparison.Ordinal))) ?? secretariats[0];
        return _sekda = setda.HeadId;
    }
}
