using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Integration.Tests.Accounts;

/// <summary>Identity's per-account rows carry the tenant of their account, like every tenant-owned row.</summary>
public abstract class AccountRecordTenantTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task An_authenticator_key_and_recovery_codes_are_stored_with_the_accounts_tenant()
    {
        var t = await NewTenantAsync();
        var unit = await t.UnitAsync("bkpsdm", OrgUnitType.Agency);
        var userId = await t.AccountAsync(await t.EmployeeAsync(unit, PositionLevel.Staff));
        await using var scope = Db.NewScope();
        var users = scope.Get<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId.ToString());
        Assert.True((await users.ResetAuthenticatorKeyAsync(user!)).Succeeded);
        Assert.NotNull(await users.GenerateNewTwoFactorRecoveryCodesAsync(user!, 3));

        var tokens = await scope.Db.Set<AppUserToken>().Where(x => x.UserId == userId).ToListAsync();
        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, x => Assert.Equal(t.Id, x.TenantId));
    }

    public sealed class OnSqlite(SqliteFixture db) : AccountRecordTenantTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : AccountRecordTenantTests(db), IClassFixture<PostgresFixture>;
}
