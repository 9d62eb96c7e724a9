using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Web.Access;

/// <summary>
/// What the caller may read and change of the organisation and its people, as queries already scoped to the
/// tenant (by the context's filter) and to the caller's rights:
/// tenant admins and leadership read the whole tenant, agency admins their agencies, supervisors the people
/// who report to them (directly or not), everyone else themselves.
/// </summary>
public sealed class OrganisationAccess(SikerjaDbContext db, CurrentUser user)
{
    private IReadOnlyList<string>? _agencyPaths;
    private IReadOnlySet<Guid>? _subordinates;

    public bool CanSeeTree => user.ReadsWholeTenant || user.IsAgencyAdmin;

    public bool CanEditWholeTenant => user.IsTenantAdmin;

    public bool CanEditAny => user.IsTenantAdmin || user.IsAgencyAdmin;

    public async Task<IQueryable<OrgUnit>> VisibleUnitsAsync(CancellationToken ct)
    {
        if (user.ReadsWholeTenant)
        {
            return db.OrgUnits;
        }
        var paths = await AgencyPathsAsync(ct);
        return paths.Count == 0 ? db.OrgUnits.Where(_ => false) : db.OrgUnits.Where(UnderAny(paths));
    }

    public async Task<IQueryable<Employee>> VisibleEmployeesAsync(CancellationToken ct)
    {
        if (user.ReadsWholeTenant)
        {
            return db.Employees;
        }
        var paths = await AgencyPathsAsync(ct);
        var subordinates = await SubordinatesAsync(ct);
        var self = user.EmployeeId;
        var ids = subordinates.ToList();
        if (paths.Count == 0)
        {
            return db.Employees.Where(e => e.Id == self || ids.Contains(e.Id));
        }
        var units = db.OrgUnits.Where(UnderAny(paths));
        return db.Employees.Where(e => e.Id == self || ids.Contains(e.Id) || units.Any(u => u.Id == e.UnitId));
    }

    /// <summary>Units the caller may change: the whole tenant for tenant admins, the agencies of agency admins.</summary>
    public async Task<bool> CanEditUnitAsync(Guid unitId, CancellationToken ct)
    {
        if (user.IsTenantAdmin)
        {
            return await db.OrgUnits.AnyAsync(u => u.Id == unitId, ct);
        }
        var paths = await AgencyPathsAsync(ct);
        return paths.Count > 0 && await db.OrgUnits.Where(UnderAny(paths)).AnyAsync(u => u.Id == unitId, ct);
    }

    /// <summary>The units of <see cref="CanEditUnitAsync"/> as a query (read rights such as leadership add nothing).</summary>
    public async Task<IQueryable<OrgUnit>> EditableUnitsAsync(CancellationToken ct)
    {
        if (user.IsTenantAdmin)
        {
            return db.OrgUnits;
        }
        var paths = await AgencyPathsAsync(ct);
        return paths.Count == 0 ? db.OrgUnits.Where(_ => false) : db.OrgUnits.Where(UnderAny(paths));
    }

    public async Task<bool> CanEditEmployeeAsync(Employee employee, CancellationToken ct) =>
        await CanEditUnitAsync(employee.UnitId, ct);

    /// <summary>
    /// Priority-home flags and reasons are health data: shown to the employee, the admins of the employee's
    /// agency and tenant admins only.
    /// </summary>
    public async Task<bool> CanSeeHealthAsync(Employee employee, CancellationToken ct) =>
        employee.Id == user.EmployeeId || await CanEditEmployeeAsync(employee, ct);

    public async Task<bool> IsSupervisorAsync(CancellationToken ct) => (await SubordinatesAsync(ct)).Count > 0;

    /// <summary>Everyone who reports to the caller, directly or through others.</summary>
    public async Task<IReadOnlySet<Guid>> SubordinatesAsync(CancellationToken ct)
    {
        if (_subordinates is not null)
        {
            return _subordinates;
        }
        if (user.EmployeeId is not { } me || db.CurrentTenantId is not { } tenant)
        {
            return _subordinates = new HashSet<Guid>();
        }
        // One recursive query, the same on SQLite and PostgreSQL; UNION (not UNION ALL) ends any loop.
        var ids = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE team("Id") AS (
                SELECT "Id" FROM "Employees" WHERE "TenantId" = {tenant} AND "SupervisorId" = {me}
                UNION
                SELECT e."Id" FROM "Employees" e JOIN team ON e."SupervisorId" = team."Id" WHERE e."TenantId" = {tenant}
            )
            SELECT "Id" AS "Value" FROM team
            """).ToListAsync(ct);
        ids.Remove(me);
        return _subordinates = ids.ToHashSet();
    }

    private async Task<IReadOnlyList<string>> AgencyPathsAsync(CancellationToken ct)
    {
        if (_agencyPaths is not null)
        {
            return _agencyPaths;
        }
        if (!user.IsAgencyAdmin)
        {
            return _agencyPaths = [];
        }
        var agencies = user.AdminOfAgencies.ToList();
        return _agencyPaths = await db.OrgUnits.Where(u => agencies.Contains(u.Id)).Select(u => u.Path).ToListAsync(ct);
    }

    private static Expression<Func<OrgUnit, bool>> UnderAny(IReadOnlyList<string> paths)
    {
        var unit = Expression.Parameter(typeof(OrgUnit), "u");
        var path = Expression.Property(unit, nameof(OrgUnit.Path));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var body = paths
            .Select(p => (Expression)Expression.Call(path, startsWith, Expression.Constant(p)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<OrgUnit, bool>>(body, unit);
    }
}
