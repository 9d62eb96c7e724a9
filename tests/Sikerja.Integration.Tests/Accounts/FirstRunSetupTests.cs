using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Accounts;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Accounts;

/// <summary>
/// The first-run setup creates the first system admin once. One test: the whole class shares one fresh
/// database, and "no system admin yet" holds only once.
/// </summary>
public abstract class FirstRunSetupTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<CommandResult<Data.Accounts.AppUser>> SetupAsync(string userName, string password = "admin-sistem-1")
    {
        await using var scope = Db.NewScope();
        return await scope.Get<SystemAdminSetup>().CreateFirstAsync(userName, password, CancellationToken.None);
    }

    private async Task<bool> AnyAsync()
    {
        await using var scope = Db.NewScope();
        return await scope.Get<SystemAdminSetup>().AnyAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Setup_works_only_while_no_system_admin_exists_and_of_racing_setups_one_wins()
    {
        Assert.False(await AnyAsync());
        var weak = await SetupAsync("admin", "pendek");
        Assert.NotEmpty(weak.Problems);
        Assert.All(weak.Problems, p => Assert.Equal("password", p.Where));
        Assert.False(await AnyAsync());

        var results = await Task.WhenAll(SetupAsync("admin-satu"), SetupAsync("admin-dua"), SetupAsync("admin-tiga"));

        Assert.Single(results, r => r.IsDone);
        Assert.All(results.Where(r => !r.IsDone), r => Assert.Contains("sudah memiliki admin sistem", Assert.Single(r.Problems).Message, StringComparison.Ordinal));
        await using (var check = Db.NewScope())
        {
            var admin = Assert.Single(await check.Db.RoleGrants.Where(g => g.Role == Role.SystemAdmin).ToListAsync());
            Assert.Equal(results.Single(r => r.IsDone).Value!.Id, admin.UserId);
            Assert.Equal(1, await check.Db.Users.CountAsync());
        }
        Assert.True(await AnyAsync());
        Assert.Equal(CommandStatus.Refused, (await SetupAsync("admin-empat")).Status);

        await using var signedIn = await AsAsync(results.Single(r => r.IsDone).Value!.Id);
        Assert.True(signedIn.Get<CurrentUser>().IsSystemAdmin);
        Assert.Null(signedIn.Get<CurrentUser>().TenantId);
    }

    public sealed class OnSqlite(SqliteFixture db) : FirstRunSetupTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : FirstRunSetupTests(db), IClassFixture<PostgresFixture>;
}
