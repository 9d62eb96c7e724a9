using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Features.Accounts;

namespace Sikerja.Web.Features.Demo;

/// <summary>
/// One demo account per role, each signing in with the demo password (no forced change): the system admin
/// <c>admin</c> (when the installation has none), and, by NIP, a BKPSDM staff member as tenant admin, a Dinas
/// Kesehatan staff member as its agency admin, the Sekda as leadership, a Kepala Bidang with a team as
/// supervisor, a staff member of that team, and a Dinas Kesehatan officer as health officer.
/// </summary>
public sealed class DemoAccounts(SikerjaDbContext db, AccountService accounts, UserManager<AppUser> users)
{
    public const string SystemAdminUserName = "admin";

    private sealed record Person(Post Post, Employee Employee);

    internal async Task CreateAsync(Guid tenantId, RegencyPlan plan, IReadOnlyList<Employee> people, CancellationToken ct)
    {
        if (!await db.RoleGrants.AnyAsync(g => g.Role == Role.SystemAdmin, ct) && await users.FindByNameAsync(SystemAdminUserName) is null)
        {
            var admin = await accounts.CreateAsync(SystemAdminUserName, "Admin Sistem", DemoOptions.Password, null, null, mustChangePassword: false);
            await GrantAsync(admin.Value ?? throw new InvalidOperationException("Demo system admin: " + string.Join("; ", admin.Problems)), Role.SystemAdmin, null, ct);
        }
        var all = plan.Posts.Select((post, i) => new Person(post, people[i])).ToList();
        var hasTeam = people.Where(e => e.SupervisorId is not null).Select(e => e.SupervisorId!.Value).ToHashSet();
        var used = new HashSet<Guid>();
        var dinkes = plan.Units.FirstOrDefault(u => u.Code == "dinkes");

        await AccountAsync(tenantId, Role.TenantAdmin, null, PreferStaff(all.Where(p => p.Post.Unit.IsWithin("bkpsdm"))), used);
        await AccountAsync(tenantId, Role.AgencyAdmin, dinkes?.Id,
            PreferStaff(all.Where(p => p.Post.Unit.IsWithin("dinkes.sekretariat")))
                .Concat(PreferStaff(all.Where(p => p.Post.Unit.IsWithin("dinkes") && p.Post.Unit.Type != OrgUnitType.HealthCenter))), used);
        await AccountAsync(tenantId, Role.Leadership, null, all.Where(p => p.Post.Title == "Sekda"), used);
        var supervisor = await AccountAsync(tenantId, null, null,
            all.Where(p => p.Post.Heads && hasTeam.Contains(p.Employee.Id))
                .OrderBy(p => p.Post.Title == "Kepala Bidang" ? 0 : p.Post.Level == PositionLevel.Administrator ? 1 : 2)
                .ThenBy(p => p.Post.Unit.IsWithin("dinkes.p2p") ? 0 : p.Post.Unit.IsWithin("dinkes") ? 1 : 2), used);
        if (supervisor is { } head)
        {
            await AccountAsync(tenantId, null, null, PreferStaff(all.Where(p => p.Employee.SupervisorId == head.Id)), used);
        }
        await AccountAsync(tenantId, Role.HealthOfficer, null,
            all.Where(p => p.Post.Unit.IsWithin("dinkes") && p.Post.Unit.Type != OrgUnitType.HealthCenter && p.Employee.Employment == Employment.Pns && !p.Post.Heads)
                .OrderBy(p => p.Post.Title == "Epidemiolog Kesehatan" ? 0 : p.Post.Level == PositionLevel.Functional ? 1 : 2), used);

        async Task GrantAsync(AppUser user, Role role, Guid? agency, CancellationToken token)
        {
            var granted = await accounts.GrantAsync(user, role, agency, token);
            if (!granted.IsDone)
            {
                throw new InvalidOperationException($"Demo account {user.UserName}: {string.Join("; ", granted.Problems)}");
            }
        }

        // The first candidate not yet used whose NIP is free as a user name (another demo tenant may have the same people).
        async Task<Employee?> AccountAsync(Guid tenant, Role? role, Guid? agency, IEnumerable<Person> candidates, HashSet<Guid> taken)
        {
            foreach (var candidate in candidates)
            {
                var e = candidate.Employee;
                if (taken.Contains(e.Id) || await users.FindByNameAsync(e.Nip) is not null)
                {
                    continue;
                }
                taken.Add(e.Id);
                var created = await accounts.CreateAsync(e.Nip, e.Name, DemoOptions.Password, tenant, e.Id, mustChangePassword: false);
                if (created.Value is not { } user)
                {
                    throw new InvalidOperationException($"Demo account {e.Nip}: {string.Join("; ", created.Problems)}");
                }
                if (role is { } r)
                {
                    await GrantAsync(user, r, agency, ct);
                }
                return e;
            }
            return null;
        }
    }

    /// <summary>PNS first (their user name is a NIP), staff before functional posts, never a unit head.</summary>
    private static IEnumerable<Person> PreferStaff(IEnumerable<Person> people) =>
        people.Where(p => !p.Post.Heads && !p.Post.IsStructural)
            .OrderBy(p => p.Employee.Employment == Employment.Pns ? 0 : 1)
            .ThenBy(p => p.Post.Level == PositionLevel.Staff ? 0 : 1);
}
