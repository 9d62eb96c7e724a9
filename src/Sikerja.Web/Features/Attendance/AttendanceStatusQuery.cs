using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.People;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Daily status as each caller may read it: their own, their team's (the people below them in the reporting lines,
/// directly or not) and an agency's (its admins, tenant admins and leadership). Each reads the whole set in a fixed
/// number of queries (<see cref="AttendanceDayReader"/>).
/// </summary>
public sealed class AttendanceStatusQuery(SikerjaDbContext db, CurrentUser user, OrganisationAccess access, AttendanceDayReader reader, TenantTime tenantTime)
{
    /// <summary>The caller's own status on a day (today by default).</summary>
    public async Task<CommandResult<OwnDay>> MineAsync(DateOnly? date, CancellationToken ct)
    {
        if (user.EmployeeId is not { } me || user.TenantId is null)
        {
            return CommandResult<OwnDay>.Forbidden();
        }
        var day = date ?? tenantTime.Clock.Today;
        var period = await reader.ReadAsync(db.Employees.Where(e => e.Id == me), day, day, ct);
        var mine = period.Employees.Single();
        return CommandResult<OwnDay>.Done(new OwnDay(day, period.TimeZoneId, new AttendanceRow(mine.Employee, mine.Days[0])));
    }

    /// <summary>The caller's team on a day; empty for someone nobody reports to.</summary>
    public async Task<CommandResult<TeamDay>> TeamAsync(DateOnly? date, CancellationToken ct)
    {
        if (user.EmployeeId is null || user.TenantId is null)
        {
            return CommandResult<TeamDay>.Forbidden();
        }
        var day = date ?? tenantTime.Clock.Today;
        var team = access.Subordinates();
        var period = await reader.ReadAsync(db.Employees.Where(e => e.IsActive && team.Contains(e.Id)), day, day, ct);
        var rows = period.Employees.Select(e => new AttendanceRow(e.Employee, e.Days[0]))
            .OrderBy(r => Order(r.Day.Status)).ThenBy(r => r.Employee.Name).ToList();
        return CommandResult<TeamDay>.Done(new TeamDay(day, period.TimeZoneId, day == period.Today, StatusCounts.Of(rows.Select(r => r.Day)), rows));
    }

    /// <summary>Every active employee of the unit's subtree on a day, the list narrowed to one status when asked.</summary>
    public async Task<CommandResult<AgencyDay>> AgencyAsync(Guid agencyId, DateOnly? date, DailyStatus? filter, CancellationToken ct)
    {
        var scope = await AgencyScopeAsync(agencyId, ct);
        if (scope.Status != CommandStatus.Done)
        {
            return new CommandResult<AgencyDay>(scope.Status, null, scope.Problems);
        }
        var (name, employees) = scope.Value!;
        var day = date ?? tenantTime.Clock.Today;
        var period = await reader.ReadAsync(employees, day, day, ct);
        var all = period.Employees.Select(e => new AttendanceRow(e.Employee, e.Days[0])).ToList();
        var units = all.GroupBy(r => (r.Employee.UnitId, r.Employee.UnitName))
            .Select(g => new UnitCounts(g.Key.UnitId, g.Key.UnitName, StatusCounts.Of(g.Select(r => r.Day))))
            .OrderBy(u => u.UnitName).ToList();
        var rows = filter is { } f ? all.Where(r => r.Day.Status == f).ToList() : all;
        return CommandResult<AgencyDay>.Done(new AgencyDay(
            agencyId, name, day, period.TimeZoneId, day == period.Today, StatusCounts.Of(all.Select(r => r.Day)), units, filter, rows));
    }

    /// <summary>The agencies the caller may read: every top-level unit for those who read the whole tenant, their own for agency admins.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AgenciesAsync(CancellationToken ct)
    {
        var agencies = user.AdminOfAgencies.ToList();
        var units = user.ReadsWholeTenant ? db.OrgUnits.Where(u => u.ParentId == null) : db.OrgUnits.Where(u => agencies.Contains(u.Id));
        return (await units.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();
    }

    /// <summary>
    /// The unit's name and its active employees (its subtree), when the caller may read the agency's attendance:
    /// tenant admins and leadership any unit, agency admins the units of their agencies.
    /// </summary>
    internal async Task<CommandResult<(string Name, IQueryable<Employee> Employees)>> AgencyScopeAsync(Guid agencyId, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == agencyId).Select(u => new { u.Name, u.Path }).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return CommandResult<(string, IQueryable<Employee>)>.NotFound();
        }
        if (!(user.ReadsWholeTenant || (user.IsAgencyAdmin && await (await access.VisibleUnitsAsync(ct)).AnyAsync(u => u.Id == agencyId, ct))))
        {
            return CommandResult<(string, IQueryable<Employee>)>.Forbidden();
        }
        var subtree = db.OrgUnits.Where(u => u.Path.StartsWith(unit.Path));
        return CommandResult<(string, IQueryable<Employee>)>.Done((unit.Name, db.Employees.Where(e => e.IsActive && subtree.Any(u => u.Id == e.UnitId))));
    }

    /// <summary>What a supervisor looks at first: who has not checked in or is late, then who is in, then who is away.</summary>
    private static int Order(DailyStatus status) => status switch
    {
        DailyStatus.Absent => 0,
        DailyStatus.NotYetCheckedIn => 1,
        DailyStatus.Late => 2,
        DailyStatus.PresentAtOffice => 3,
        DailyStatus.PresentAtHome => 4,
        _ => 5,
    };
}
