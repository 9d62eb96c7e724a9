using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Access;

namespace Sikerja.Web.Features.Demo;

/// <summary>One demo account as the start-up banner lists it.</summary>
public sealed record DemoLogin(string Role, string UserName, string Password, string Name, string? Post);

/// <summary>A demo tenant and its accounts.</summary>
public sealed record DemoListing(string TenantName, string TenantCode, int Employees, IReadOnlyList<DemoLogin> Logins);

/// <summary>
/// Reads the demo accounts back from the database: those the seeder created (the audit trail names it as
/// their creator) that still exist. Their password is the demo password unless someone changed it.
/// </summary>
public static class DemoLogins
{
    private static readonly string[] RoleOrder = ["System admin", "Tenant admin", "Agency admin", "Leadership", "Supervisor", "Employee", "Health officer"];

    public static async Task<DemoListing?> ReadAsync(SikerjaDbContext db, string code, CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Code == code, ct);
        if (tenant is null)
        {
            return null;
        }
        var created = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ActorName == DemoRegencySeeder.ActorName && a.EntityType == nameof(AppUser) && a.Action == "Created")
            .Where(a => a.TenantId == tenant.Id || a.TenantId == null)
            .Select(a => a.EntityId)
            .ToListAsync(ct);
        var ids = created.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        var grants = (await db.RoleGrants.AsNoTracking().Where(g => ids.Contains(g.UserId)).ToListAsync(ct)).ToLookup(g => g.UserId);
        var employeeIds = users.Where(u => u.EmployeeId is not null).Select(u => u.EmployeeId!.Value).ToList();
        var posts = await (
                from e in db.Employees.IgnoreQueryFilters()
                join u in db.OrgUnits.IgnoreQueryFilters() on e.UnitId equals u.Id
                where employeeIds.Contains(e.Id)
                select new { e.Id, e.Title, Unit = u.Name })
            .ToDictionaryAsync(e => e.Id, e => string.Join(", ", new[] { e.Title, e.Unit }.Where(s => !string.IsNullOrEmpty(s))), ct);
        var withTeam = await db.Employees.IgnoreQueryFilters()
            .Where(e => e.SupervisorId != null && employeeIds.Contains(e.SupervisorId.Value))
            .Select(e => e.SupervisorId!.Value).Distinct().ToListAsync(ct);
        var agencyIds = grants.SelectMany(g => g).Where(g => g.AgencyId is not null).Select(g => g.AgencyId!.Value).ToList();
        var agencies = await db.OrgUnits.IgnoreQueryFilters().Where(u => agencyIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var employees = await db.Employees.IgnoreQueryFilters().CountAsync(e => e.TenantId == tenant.Id && e.IsActive, ct);

        var logins = users.Select(u =>
        {
            var userGrants = grants[u.Id].ToList();
            var role = RoleOf(userGrants, u.EmployeeId is { } me && withTeam.Contains(me));
            var post = u.EmployeeId is { } id ? posts.GetValueOrDefault(id) : null;
            if (userGrants.FirstOrDefault(g => g.AgencyId is not null) is { AgencyId: { } agency })
            {
                role += $" ({agencies.GetValueOrDefault(agency)})";
            }
            return new DemoLogin(role, u.UserName ?? "", DemoOptions.Password, u.DisplayName, post);
        });
        return new DemoListing(tenant.Name, tenant.Code, employees,
            [.. logins.OrderBy(l => Array.FindIndex(RoleOrder, r => l.Role.StartsWith(r, StringComparison.Ordinal))).ThenBy(l => l.UserName, StringComparer.Ordinal)]);
    }

    private static string RoleOf(List<RoleGrant> grants, bool hasTeam)
    {
        var roles = grants.Select(g => g.Role).ToHashSet();
        return roles switch
        {
            _ when roles.Contains(Role.SystemAdmin) => "System admin",
            _ when roles.Contains(Role.TenantAdmin) => "Tenant admin",
            _ when roles.Contains(Role.AgencyAdmin) => "Agency admin",
            _ when roles.Contains(Role.Leadership) => "Leadership",
            _ when roles.Contains(Role.HealthOfficer) => "Health officer",
            _ when hasTeam => "Supervisor",
            _ => "Employee",
        };
    }
}
