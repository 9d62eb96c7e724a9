using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Data.Tenancy;
using Sikerja.Domain.Access;
using Sikerja.Domain.Tenants;

namespace Sikerja.Benchmarks;

/// <summary>A fresh tenant with a tenant admin who can sign in (password <see cref="Password"/>).</summary>
internal sealed record BenchTenant(Guid Id, string Code, Guid AdminId, string AdminUserName)
{
    public const string Password = "sandi-bench-2021";

    public static async Task<BenchTenant> CreateAsync(BenchDatabase database, string code)
    {
        await using var scope = database.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
        var tenant = new Tenant { Code = code, Name = $"Pemerintah Kabupaten Uji {code}", Kind = TenantKind.Regency, CreatedAt = DateTime.UtcNow };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        var admin = await CreateAccountAsync(scope.ServiceProvider, tenant.Id, $"admin-{code}", "Admin Pemda", employeeId: null);
        db.RoleGrants.Add(new RoleGrant { UserId = admin.Id, TenantId = tenant.Id, Role = Role.TenantAdmin });
        await db.SaveChangesAsync();
        return new BenchTenant(tenant.Id, code, admin.Id, admin.UserName!);
    }

    /// <summary>
    /// An account for the employee with this NIP and no role: what they see follows from the reporting lines alone.
    /// The user name is the NIP, as for every employee.
    /// </summary>
    public async Task<string> EmployeeAccountAsync(BenchDatabase database, string nip)
    {
        await using var scope = database.NewScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(Id);
        var employee = await scope.ServiceProvider.GetRequiredService<SikerjaDbContext>().Employees.SingleAsync(e => e.Nip == nip);
        return (await CreateAccountAsync(scope.ServiceProvider, Id, nip, employee.Name, employee.Id)).UserName!;
    }

    private static async Task<AppUser> CreateAccountAsync(IServiceProvider services, Guid tenantId, string userName, string displayName, Guid? employeeId)
    {
        var user = new AppUser { UserName = userName, DisplayName = displayName, TenantId = tenantId, EmployeeId = employeeId };
        var created = await services.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"account {userName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
        return user;
    }
}
