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
        var team = Subordinates();
        var self = user.EmployeeId;
        if (paths.Count == 0)
        {
            return db.Employees.Where(e => e.Id == self || team.Contains(e.Id));
        }
        var units = db.OrgUnits.Where(UnderAny(paths));
        return db.Employees.Where(e => e.Id == self || team.Contains(e.Id) || units.Any(u => u.Id == e.UnitId));
    }

    /// <summary>Units the caller may change: the whole tenant for tenant admins, the agencies of agency admins.</summary>
    public async Task<IQueryable<OrgUnit>> EditableUnitsAsync(CancellationToken ct)
    {
        if (user.IsTenantAdmin)
        {
            return db.OrgUnits;
        }
        var paths = await AgencyPathsAsync(ct);
        return paths.Count == 0 ? db.OrgUnits.Where(_ => false) : db.OrgUnits.Where(UnderAny(paths));
    }

    public async Task<bool> CanEditUnitAsync(Guid unitId, CancellationToken ct) =>
        await (await EditableUnitsAsync(ct)).AnyAsync(u => u.Id == unitId, ct);

    public async Task<bool> CanEditEmployeeAsync(Employee employee, CancellationToken ct) =>
        await CanEditUnitAsync(employee.UnitId, ct);

    /// <summary>
    /// Priority-home flags and reasons are health data: shown to the employee, the admins of the employee's
    /// agency and tenant admins only.
    /// </summary>
    public async Task<bool> CanSeeHealthAsync(Employee employee, CancellationToken ct) =>
        employee.Id == user.EmployeeId || await CanEditEmployeeAsync(employee, ct);

    public async Task<bool> IsSupervisorAsync(CancellationToken ct) => await Subordinates().AnyAsync(ct);

    /// <summary>
    /// The ids of everyone who reports to the caller, directly or through others: one recursive query, the same on
    /// SQLite and PostgreSQL, that the database runs inside the query composed over it (a head of a large agency has
    /// thousands below them; their ids never travel to the web node and back).
    /// </summary>
    public IQueryable<Guid> Subordinates()
    {
        if (user.EmployeeId is not { } me || db.CurrentTenantId is not { } tenant)
        {
            return db.Employees.Where(_ => false).Select(e => e.Id);
        }
        // UNION (not UNION ALL) ends any loop. CROSS JOIN keeps the team as the outer loop on SQLite, whose planner
        // (without statistics) otherwise scans the tenant's employees once per member; PostgreSQL reads it as a join.
        return db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE team("Id") AS (
                SELECT "Id" FROM "Employees" WHERE "TenantId" = {tenant} AND "SupervisorId" = {me}
                UNION
                SELECT e."Id" FROM team CROSS JOIN "Employees" e WHERE e."SupervisorId" = team."Id" AND e."TenantId" = {tenant}
            )
            SELECT "Id" AS "Value" FROM team WHERE "Id" <> {me}
            """);
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
