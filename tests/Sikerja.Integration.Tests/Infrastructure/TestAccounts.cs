using Microsoft.AspNetCore.Identity;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Access;

namespace Sikerja.Integration.Tests.Infrastructure;

/// <summary>Accounts outside any tenant.</summary>
public static class TestAccounts
{
    /// <summary>A system admin (without password: services are called directly).</summary>
    public static async Task<Guid> SystemAdminAsync(DatabaseFixture fixture)
    {
        await using var scope = fixture.NewScope();
        var user = new AppUser { UserName = $"sys{Guid.NewGuid():N}", DisplayName = "Admin Sistem" };
        var created = await scope.Get<UserManager<AppUser>>().CreateAsync(user);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        scope.Db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Role.SystemAdmin });
        await scope.Db.SaveChangesAsync();
        return user.Id;
    }
}
