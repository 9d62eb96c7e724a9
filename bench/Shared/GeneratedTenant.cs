using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Data.Tenancy;
using Sikerja.Domain.Access;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;
using Sikerja.Web.Features.Rosters;

namespace Sikerja.Bench;

/// <summary>
/// A benchmark's tenant loaded from a generated scenario file, made once and kept between runs, with a tenant admin;
/// and the sign-in accounts the benchmarks add, all with one password (hashed once: hashing is slow on purpose).
/// </summary>
internal sealed class GeneratedTenant(IServiceProvider services, string code, string password, Action<string> say)
{
    public string AdminUserName => $"admin-{code}";

    /// <summary>Loads the scenario into a new tenant unless it exists; returns the tenant.</summary>
    public async Task<Guid> EnsureAsync(FileInfo scenarioFile, CancellationToken ct)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
            await db.Database.MigrateAsync(ct);
            if (await db.Tenants.Where(t => t.Code == code).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(ct) is { } existing)
            {
                return existing;
            }
        }
        ReadResult<Scenario> read;
        await using (var content = scenarioFile.OpenRead())
        {
            read = ScenarioJson.Read(content);
        }
        var scenario = read.Value ?? throw new InvalidOperationException($"{scenarioFile.Name}: {string.Join("; ", read.Problems)}");
        await using (var scope = services.CreateAsyncScope())
        {
            var imported = await scope.ServiceProvider.GetRequiredService<ScenarioImporter>().ImportAsync(scenario, code, ct);
            var tenant = imported.Value ?? throw new InvalidOperationException($"scenario import: {string.Join("; ", imported.Problems)}");
            say($"tenant '{code}': {scenario.Employees.Count} employees in {scenario.Units.Count} units, circular {scenario.Policy.Number}");
            var admin = await AddUsersAsync(scope.ServiceProvider, tenant.Id, [(AdminUserName, "Admin Pemda", null)], ct);
            var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
            db.RoleGrants.Add(new RoleGrant { UserId = admin[0].Id, TenantId = tenant.Id, Role = Role.TenantAdmin });
            await db.SaveChangesAsync(ct);
            return tenant.Id;
        }
    }

    /// <summary>Adds accounts in the scope's context and saves them.</summary>
    public async Task<IReadOnlyList<AppUser>> AddUsersAsync(
        IServiceProvider scoped, Guid tenantId, IReadOnlyList<(string UserName, string Name, Guid? EmployeeId)> people, CancellationToken ct)
    {
        var hasher = scoped.GetRequiredService<IPasswordHasher<AppUser>>();
        var normalizer = scoped.GetRequiredService<ILookupNormalizer>();
        var users = people.Select(p => new AppUser
        {
            UserName = p.UserName,
            NormalizedUserName = normalizer.NormalizeName(p.UserName),
            DisplayName = p.Name,
            TenantId = tenantId,
            EmployeeId = p.EmployeeId,
            LockoutEnabled = true,
        }).ToList();
        var hash = hasher.HashPassword(users[0], password);
        var db = scoped.GetRequiredService<SikerjaDbContext>();
        foreach (var user in users)
        {
            user.PasswordHash = hash;
            db.Users.Add(user);
        }
        await db.SaveChangesAsync(ct);
        return users;
    }
}
