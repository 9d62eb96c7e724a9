using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Accounts;

namespace Sikerja.Web.Access;

/// <summary>
/// Whose accounts the caller administers: tenant admins every account of their tenant, agency admins the
/// accounts of the employees of their agencies. Accounts carry no tenant filter (system admins have no
/// tenant), so the tenant is named here explicitly.
/// </summary>
public sealed class AccountAccess(SikerjaDbContext db, CurrentUser me, OrganisationAccess organisation)
{
    public bool CanAdminister => me.TenantId is not null && (me.IsTenantAdmin || me.IsAgencyAdmin);

    /// <summary>Granting and revoking rights, locking accounts: tenant admins only.</summary>
    public bool CanGrant => me.TenantId is not null && me.IsTenantAdmin;

    public async Task<IQueryable<AppUser>> ManageableAsync(CancellationToken ct)
    {
        if (!CanAdminister)
        {
            return db.Users.Where(_ => false);
        }
        var tenant = me.TenantId;
        var accounts = db.Users.Where(u => u.TenantId == tenant);
        if (me.IsTenantAdmin)
        {
            return accounts;
        }
        var employees = await ManageableEmployeesAsync(ct);
        return accounts.Where(u => employees.Any(e => e.Id == u.EmployeeId));
    }

    /// <summary>Employees the caller may create accounts for (with or without one already).</summary>
    public async Task<IQueryable<Domain.People.Employee>> ManageableEmployeesAsync(CancellationToken ct)
    {
        if (!CanAdminister)
        {
            return db.Employees.Where(_ => false);
        }
        var units = await organisation.EditableUnitsAsync(ct);
        return db.Employees.Where(e => units.Any(u => u.Id == e.UnitId));
    }

    /// <summary>One account the caller administers, tracked for a change; null for any other id.</summary>
    public async Task<AppUser?> FindAsync(Guid id, CancellationToken ct) =>
        await (await ManageableAsync(ct)).SingleOrDefaultAsync(u => u.Id == id, ct);
}
