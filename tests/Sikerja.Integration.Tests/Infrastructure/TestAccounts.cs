using Microsoft.AspNetCore.Identity;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Access;

namespace Sikerja.Integration.Tests.Infrastructure;

/// <summary>Accounts outside any tenant.</summary>
public static class TestAccounts
{
    /// <summary>A system admin; without a password it can only be used by calling services directly.</summary>
    public static async Task<AppUser> SystemAdminAsync(DatabaseFixture fixture, string? password = null)
    {
        await using var scope = fixture.NewScope();
        var user = new AppUser { UserName = $"sys{Guid.NewGuid():N}", DisplayName = "Admin Sistem" };
        var users = scope.Get<UserManager<AppUser>>();
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        scope.Db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Role.SystemAdmin });
        await scope.Db.SaveChangesAsync();
        return user;
    }
}
