using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Features.People;

namespace Sikerja.Integration.Tests.Infrastructure;

/// <summary>Intent methods that arrange a tenant's organisation, people and accounts for a test.</summary>
public sealed class TestTenant(DatabaseFixture fixture, Tenant tenant)
{
    private static int _sequence;

    public Guid Id => tenant.Id;
    public string Code => tenant.Code;

    public static async Task<TestTenant> CreateAsync(DatabaseFixture fixture, string? code = null)
    {
        var tenant = new Tenant
        {
            Code = code ?? $"t{Guid.NewGuid():N}"[..12],
            Name = "Pemerintah Kabupaten Uji",
            Kind = TenantKind.Regency,
            CreatedAt = DateTime.UtcNow,
        };
        await using var scope = fixture.NewScope();
        scope.Db.Tenants.Add(tenant);
        await scope.Db.SaveChangesAsync();
        return new TestTenant(fixture, tenant);
    }

    public async Task<OrgUnit> UnitAsync(string code, OrgUnitType type, OrgUnit? parent = null, string? name = null)
    {
        await using var scope = fixture.NewScope().InTenant(Id);
        var unit = new OrgUnit { TenantId = Id, Code = code, Name = name ?? $"Unit {code}", Type = type, ParentId = parent?.Id };
        unit.Path = OrgTreeRules.PathOf(unit.Id, parent?.Path);
        scope.Db.OrgUnits.Add(unit);
        await scope.Db.SaveChangesAsync();
        return unit;
    }

    /// <summary>Adds an employee (as head of the unit when asked) and brings every reporting line up to date.</summary>
    public async Task<Employee> EmployeeAsync(
        OrgUnit unit, PositionLevel level, bool head = false, string? name = null, bool priorityHome = false, Employment employment = Employment.Pns)
    {
        await using var scope = fixture.NewScope().InTenant(Id);
        var n = Interlocked.Increment(ref _sequence);
        var employee = new Employee
        {
            TenantId = Id,
            Nip = NextNip(n),
            Name = name ?? $"Pegawai {n}",
            Level = level,
            Employment = employment,
            UnitId = unit.Id,
            PriorityHome = priorityHome,
            PriorityHomeReason = priorityHome ? "komorbid" : null,
        };
        scope.Db.Employees.Add(employee);
        if (head)
        {
            var tracked = await scope.Db.OrgUnits.SingleAsync(u => u.Id == unit.Id);
            tracked.HeadId = employee.Id;
            unit.HeadId = employee.Id;
        }
        Assert.Empty(await scope.Get<ReportingLineUpdater>().ApplyAsync(CancellationToken.None));
        await scope.Db.SaveChangesAsync();
        return employee;
    }

    /// <summary>
    /// An account with the given rights; without a password it can only be used by calling services directly.
    /// The user name is the employee's NIP when there is one (and no other is given: tenants loaded from the same
    /// scenario share NIPs).
    /// </summary>
    public async Task<Guid> AccountAsync(Employee? employee, Role? role = null, OrgUnit? agency = null, string? password = null, string? userName = null)
    {
        await using var scope = fixture.NewScope().InTenant(Id);
        var user = new AppUser
        {
            UserName = userName ?? employee?.Nip ?? $"u{Guid.NewGuid():N}",
            DisplayName = employee?.Name ?? "admin",
            TenantId = Id,
            EmployeeId = employee?.Id,
        };
        var users = scope.Get<UserManager<AppUser>>();
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (role is { } r)
        {
            scope.Db.RoleGrants.Add(new RoleGrant { UserId = user.Id, TenantId = Id, Role = r, AgencyId = agency?.Id });
            await scope.Db.SaveChangesAsync();
        }
        return user.Id;
    }

    /// <summary>A unit of the tenant by code (e.g. one a scenario import made).</summary>
    public async Task<OrgUnit> UnitByCodeAsync(string code)
    {
        await using var scope = fixture.NewScope().InTenant(Id);
        return await scope.Db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == code);
    }

    /// <summary>An employee of the tenant by NIP (or non-ASN number).</summary>
    public async Task<Employee> EmployeeByNipAsync(string nip)
    {
        await using var scope = fixture.NewScope().InTenant(Id);
        return await scope.Db.Employees.AsNoTracking().SingleAsync(e => e.Nip == nip);
    }

    /// <summary>A circular with these rules, published (as a scenario import publishes one).</summary>
    public async Task<Policy> PublishedPolicyAsync(PolicyRules rules)
    {
        await using var scope = fixture.NewScope().InTenant(Id);
        var policy = new Policy { TenantId = Id, Status = PolicyStatus.Published, SignerName = "Bupati", SignerPost = "Bupati", CreatedAt = DateTime.UtcNow, PublishedAt = DateTime.UtcNow };
        policy.SeriesId = policy.Id;
        policy.SetRules(rules);
        scope.Db.Policies.Add(policy);
        await scope.Db.SaveChangesAsync();
        return policy;
    }

    /// <summary>Valid, distinct NIPs: birth date and sequence vary with <paramref name="n"/>.</summary>
    public static string NextNip(int n) =>
        $"{new DateOnly(1970, 1, 1).AddDays(n / 900):yyyyMMdd}200501{1 + n % 2}{1 + n % 900:000}";
}
