using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Bench;
using Sikerja.Data;
using Sikerja.Data.Tenancy;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Organisation;
using Sikerja.Web.Features.Rosters;

namespace Sikerja.AccountabilityBenchmarks;

/// <summary>The people whose pages are measured: their role in the benchmark and their user name.</summary>
internal sealed record BenchAccount(string Role, string UserName, string Name, string Facts);

/// <summary>
/// The benchmark's tenant, made once and kept between runs: a generated regency loaded from a scenario file, a
/// tenant admin, and accounts for the three people whose pages are measured: the direct superior with the largest
/// team (by <see cref="Employee.SupervisorId"/>, the stored reporting lines), an employee of that team, and the Sekda (<see cref="SekdaReader"/>).
/// </summary>
internal sealed class BenchTenant(IServiceProvider services, string code)
{
    public const string Password = "laporan-bench-2026";
    private readonly GeneratedTenant _scenario = new(services, code, Password, Progress.Say);

    public string AdminUserName => _scenario.AdminUserName;

    /// <summary>Loads the scenario into a new tenant unless it exists; returns the tenant.</summary>
    public Task<Guid> EnsureAsync(FileInfo scenarioFile, CancellationToken ct) => _scenario.EnsureAsync(scenarioFile, ct);

    public async Task<Guid> AdminIdAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
        return await db.Users.Where(u => u.UserName == AdminUserName).Select(u => u.Id).SingleAsync(ct);
    }

    /// <summary>Finds the measured people and gives each an account (user name = NIP) unless they have one.</summary>
    public async Task<IReadOnlyList<BenchAccount>> EnsureAccountsAsync(Guid tenantId, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
        var largest = await db.Employees.AsNoTracking()
            .Where(e => e.IsActive && e.SupervisorId != null)
            .GroupBy(e => e.SupervisorId!.Value)
            .Select(g => new { Supervisor = g.Key, Team = g.Count() })
            .OrderByDescending(g => g.Team).ThenBy(g => g.Supervisor)
            .FirstAsync(ct);
        var superior = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == largest.Supervisor, ct);
        var employee = await db.Employees.AsNoTracking()
            .Where(e => e.SupervisorId == superior.Id && e.IsActive && e.Id != superior.Id)
            .OrderBy(e => e.Level == PositionLevel.Staff ? 0 : 1).ThenBy(e => e.Nip)
            .FirstAsync(ct);
        var sekdaId = await scope.ServiceProvider.GetRequiredService<SekdaReader>().SekdaAsync(ct)
            ?? throw new InvalidOperationException("the tenant has no Sekda (no open top-level Secretariat with a head)");
        var sekda = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == sekdaId, ct);
        var people = new[] { employee, superior, sekda };
        var nips = people.Select(p => p.Nip).ToList();
        var have = await db.Users.Where(u => u.TenantId == tenantId && nips.Contains(u.UserName!)).Select(u => u.UserName!).ToListAsync(ct);
        var missing = people.Where(p => !have.Contains(p.Nip)).DistinctBy(p => p.Id).ToList();
        if (missing.Count > 0)
        {
            await _scenario.AddUsersAsync(scope.ServiceProvider, tenantId, [.. missing.Select(p => (p.Nip, p.Name, (Guid?)p.Id))], ct);
        }
        return
        [
            new BenchAccount("employee", employee.Nip, employee.Name, $"{employee.Level}, reports to {superior.Name}"),
            new BenchAccount("superior", superior.Nip, superior.Name, $"{superior.Title}, {largest.Team} direct reports"),
            new BenchAccount("sekda", sekda.Nip, sekda.Name, sekda.Title ?? "Sekda"),
        ];
    }

    /// <summary>
    /// Accounts with one password hash computed once: the hash embeds its salt, so it verifies for every account.
    /// </summary>
}
