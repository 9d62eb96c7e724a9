using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.People;
using Sikerja.Web.Access;

namespace Sikerja.Web.Features.People;

public sealed record PersonRow(Guid Id, string Nip, string Name, Employment Employment, PositionLevel Level, string? Title, Guid UnitId, string UnitName, bool IsActive);

public sealed record PeoplePage(IReadOnlyList<PersonRow> Rows, int Total, int Page, int PageSize);

/// <summary>One employee as the caller may see them; health fields are null for those who may not see them.</summary>
public sealed record PersonDetail(
    Employee Employee,
    string UnitName,
    string UnitCode,
    bool ShowsHealth,
    bool CanEdit,
    IReadOnlyList<PersonRow> ChainAbove,
    IReadOnlyList<PersonRow> DirectReports);

/// <summary>Finding people by name or NIP, and one person with the reporting chain, within the caller's view.</summary>
public sealed class PeopleQuery(SikerjaDbContext db, OrganisationAccess access)
{
    public const int DefaultPageSize = 50;

    public async Task<PeoplePage> SearchAsync(string? term, Guid? unitId, bool includeInactive, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var query = (await access.VisibleEmployeesAsync(ct)).AsNoTracking().Matching(term ?? "");
        if (!includeInactive)
        {
            query = query.Where(e => e.IsActive);
        }
        if (unitId is { } u)
        {
            var path = await db.OrgUnits.Where(x => x.Id == u).Select(x => x.Path).SingleOrDefaultAsync(ct) ?? "-";
            query = query.Where(e => db.OrgUnits.Any(x => x.Id == e.UnitId && x.Path.StartsWith(path)));
        }
        var total = await query.CountAsync(ct);
        var rows = await Rows(query.OrderBy(e => e.Name).ThenBy(e => e.Nip).Skip((page - 1) * DefaultPageSize).Take(DefaultPageSize))
            .ToListAsync(ct);
        return new PeoplePage(rows, total, page, DefaultPageSize);
    }

    public async Task<PersonDetail?> DetailAsync(Guid id, CancellationToken ct)
    {
        var employee = await (await access.VisibleEmployeesAsync(ct)).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (employee is null)
        {
            return null;
        }
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == employee.UnitId).Select(u => new { u.Name, u.Code }).SingleAsync(ct);
        var chain = new List<PersonRow>();
        var seen = new HashSet<Guid> { employee.Id };
        for (var s = employee.SupervisorId; s is { } sid && seen.Add(sid) && chain.Count < 20;)
        {
            var above = await (
                    from e in db.Employees.AsNoTracking()
                    where e.Id == sid
                    join u in db.OrgUnits on e.UnitId equals u.Id
                    select new { Row = new PersonRow(e.Id, e.Nip, e.Name, e.Employment, e.Level, e.Title, e.UnitId, u.Name, e.IsActive), e.SupervisorId })
                .SingleOrDefaultAsync(ct);
            if (above is null)
            {
                break;
            }
            chain.Add(above.Row);
            s = above.SupervisorId;
        }
        var reports = await Rows(db.Employees.AsNoTracking().Where(e => e.SupervisorId == id && e.IsActive).OrderBy(e => e.Name)).ToListAsync(ct);
        var showsHealth = await access.CanSeeHealthAsync(employee, ct);
        if (!showsHealth)
        {
            employee.PriorityHome = false;
            employee.PriorityHomeReason = null;
        }
        return new PersonDetail(employee, unit.Name, unit.Code, showsHealth, await access.CanEditEmployeeAsync(employee, ct), chain, reports);
    }

    private IQueryable<PersonRow> Rows(IQueryable<Employee> employees) =>
        from e in employees
        join u in db.OrgUnits on e.UnitId equals u.Id
        select new PersonRow(e.Id, e.Nip, e.Name, e.Employment, e.Level, e.Title, e.UnitId, u.Name, e.IsActive);
}
