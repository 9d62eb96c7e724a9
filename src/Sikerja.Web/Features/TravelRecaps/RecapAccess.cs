using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Organisation;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>
/// Who reads which agency's travel recap: tenant admins, leadership and the Sekda every agency's; the head and the
/// agency admins of an agency its own; an Asisten the agencies routed through them (and recaps signed to them).
/// Only the head signs an agency's recap and only its Asisten forwards it; the services check those.
/// </summary>
public sealed class RecapAccess(SikerjaDbContext db, CurrentUser user, SekdaReader sekda)
{
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

    /// <summary>The Sekda, as travel approvals know them too (<see cref="SekdaReader"/>).</summary>
    public Task<Guid?> SekdaAsync(CancellationToken ct) => sekda.SekdaAsync(ct);
}
