using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Bench;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Data.Tenancy;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Rosters;

namespace Sikerja.CheckInBenchmarks;

/// <summary>
/// The benchmark's tenant, made once and kept between runs: a generated regency loaded from a scenario file
/// (its circular published), a tenant admin, and sign-in accounts for employees the roster sends home on the
/// first benchmark day; on every run, a published roster for the benchmark day.
/// </summary>
internal sealed class BenchTenant(IServiceProvider services, string code)
{
    public const string Password = "absen-bench-2026";
    private readonly GeneratedTenant _scenario = new(services, code, Password, Progress.Say);

    private string AdminUserName => _scenario.AdminUserName;

    /// <summary>Loads the scenario into a new tenant unless it exists; returns the tenant.</summary>
    public Task<Guid> EnsureAsync(FileInfo scenarioFile, CancellationToken ct) => _scenario.EnsureAsync(scenarioFile, ct);

    /// <summary>Generates and publishes the roster of <paramref name="day"/> unless a published one covers it.</summary>
    public async Task EnsureRosterAsync(Guid tenantId, DateOnly day, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
        var adminId = await db.Users.Where(u => u.UserName == AdminUserName).Select(u => u.Id).SingleAsync(ct);
        if (!await scope.ServiceProvider.GetRequiredService<CurrentUserLoader>().LoadAsync(adminId, ct))
        {
            throw new InvalidOperationException($"{AdminUserName} cannot sign in");
        }
        if (await db.RosterPlans.AnyAsync(p => p.Status == RosterStatus.Published && p.From <= day && p.To >= day, ct))
        {
            return;
        }
        var started = DateTime.UtcNow;
        var generated = await scope.ServiceProvider.GetRequiredService<RosterGenerator>().GenerateAsync(new GenerateRequest(null, day, day), ct);
        var plan = generated.Value ?? throw new InvalidOperationException($"roster {day:yyyy-MM-dd}: {string.Join("; ", generated.Problems)}");
        var published = await scope.ServiceProvider.GetRequiredService<RosterPlanService>().PublishAsync(plan.Id, ct);
        if (!published.IsDone)
        {
            throw new InvalidOperationException($"publishing roster {day:yyyy-MM-dd}: {string.Join("; ", published.Problems)}");
        }
        Progress.Say($"roster of {day:yyyy-MM-dd} generated and published in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
    }

    /// <summary>
    /// Accounts (user name = NIP) for <paramref name="count"/> employees working from home on <paramref name="day"/>,
    /// made once; returns the user names of every employee account of the tenant.
    /// </summary>
    public async Task<IReadOnlyList<string>> EnsureAccountsAsync(Guid tenantId, DateOnly day, int count, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
        var existing = await db.Users.Where(u => u.TenantId == tenantId && u.EmployeeId != null).OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync(ct);
        if (existing.Count >= count)
        {
            return existing[..count];
        }
        var have = existing.ToHashSet();
        var atHome = await (
                from entry in db.RosterEntries
                join plan in db.RosterPlans on entry.PlanId equals plan.Id
                join employee in db.Employees on entry.EmployeeId equals employee.Id
                where plan.Status == RosterStatus.Published && entry.Date == day && entry.Mode == WorkMode.Home
                orderby employee.Nip
                select new { employee.Id, employee.Nip, employee.Name })
            .Take(count + existing.Count)
            .ToListAsync(ct);
        var missing = atHome.Where(e => !have.Contains(e.Nip)).Take(count - existing.Count).ToList();
        if (existing.Count + missing.Count < count)
        {
            throw new InvalidOperationException($"only {existing.Count + missing.Count} employees work from home on {day:yyyy-MM-dd}; fewer accounts (--accounts)");
        }
        var started = DateTime.UtcNow;
        foreach (var chunk in missing.Chunk(500))
        {
            await using var batch = services.CreateAsyncScope();
            await _scenario.AddUsersAsync(batch.ServiceProvider, tenantId, [.. chunk.Select(e => (e.Nip, e.Name, (Guid?)e.Id))], ct);
        }
        Progress.Say($"{missing.Count} employee accounts made in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        return [.. existing.Concat(missing.Select(e => e.Nip)).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Accounts with one password hash computed once: the hash embeds its salt, so it verifies for every account,
    /// and thousands of accounts do not cost thousands of deliberately slow hashings.
    /// </summary>
}
