using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.People;

namespace Sikerja.Web.Features.People;

/// <summary>An employee named for the eye: who they are and their NIP.</summary>
public sealed record PersonRef(Guid Id, string Nip, string Name);

/// <summary>
/// Who would be an employee's direct superior in a unit without one set by hand: the rule of
/// <see cref="ReportingLines"/> applied to the units from the tree's root down to that unit.
/// </summary>
public sealed class DefaultSupervisorQuery(SikerjaDbContext db)
{
    /// <summary>The default superior of <paramref name="employeeId"/> (null for someone not yet saved) in <paramref name="unitId"/>.</summary>
    public async Task<PersonRef?> ForAsync(Guid? employeeId, Guid unitId, CancellationToken ct)
    {
        var path = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct);
        if (path is null)
        {
            return null;
        }
        var chain = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => chain.Contains(u.Id)).Select(u => new { u.Id, u.ParentId, u.HeadId }).ToListAsync(ct);
        var headIds = units.Where(u => u.HeadId is not null).Select(u => u.HeadId!.Value).ToList();
        var activeHeads = await db.Employees.Where(e => headIds.Contains(e.Id) && e.IsActive).Select(e => e.Id).ToListAsync(ct);
        var self = employeeId ?? Guid.Empty;
        var lines = ReportingLines.Compute(
            units.Select(u => new ReportingLines.UnitNode(u.Id, u.ParentId, u.HeadId is { } h && activeHeads.Contains(h) ? h : null)),
            [new ReportingLines.EmployeeNode(self, unitId, null)]);
        if (lines.SupervisorOf(self) is not { } supervisor)
        {
            return null;
        }
        return await db.Employees.AsNoTracking().Where(e => e.Id == supervisor).Select(e => new PersonRef(e.Id, e.Nip, e.Name)).SingleAsync(ct);
    }
}
