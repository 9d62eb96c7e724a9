using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Accounts;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Accounts;

/// <summary>The optional second factor: enrol with a key, switch on with a code computed as an app would, recovery codes, switch off.</summary>
public abstract class AuthenticatorTests(DatabaseFixture db) : DatabaseTest(db)
{
    private const string Password = "rahasia-2021";

    private async Task<Guid> AccountWithPasswordAsync()
    {
        var t = await NewTenantAsync();
        var unit = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var employee = await t.EmployeeAsync(unit, PositionLevel.Staff);
        await using var scope = Db.NewScope();
        var created = await scope.Get<AccountService>().CreateAsync(employee.Nip, employee.Name, Password, t.Id, employee.Id, mustChangePassword: false);
        return created.Value!.Id;
    }

    /// <summary>Runs one step as its own request, on a freshly loaded account.</summary>
    private async Task<T> StepAsync<T>(Guid id, Func<AuthenticatorSetup, UserManager<AppUser>, AppUser, Task<T>> step)
    {
        await using var scope = await AsAsync(id);
        var users = scope.Get<UserManager<AppUser>>();
        return await step(scope.Get<AuthenticatorSetup>(), users, (await users.FindByIdAsync(id.ToString()))!);
    }

    [Fact]
    public async Task A_code_from_the_enrolled_key_switches_the_second_factor_on_and_each_recovery_code_works_once()
    {
        var id = await AccountWithPasswordAsync();
        var enrolment = await StepAsync(id, (a, _, u) => a.EnrolmentAsync(u));
        Assert.StartsWith("data:image/png;base64,", enrolment.QrCode, StringComparison.Ordinal);
        Assert.Contains("secret=" + enrolment.Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), enrolment.Uri, StringComparison.Ordinal);
        Assert.Equal(enrolment.Key, (await StepAsync(id, (a, _, u) => a.EnrolmentAsync(u))).Key);

        var stale = Totp.Code(enrolment.Key, DateTimeOffset.UtcNow.AddMinutes(-10));
        var refused = await StepAsync(id, (a, _, u) => a.EnableAsync(u, stale));
        Assert.Equal(CommandStatus.Refused, refused.Status);
        Assert.False(await StepAsync(id, (_, users, u) => users.GetTwoFactorEnabledAsync(u)));

        var enabled = await StepAsync(id, (a, _, u) => a.EnableAsync(u, Totp.Code(enrolment.Key, DateTimeOffset.UtcNow)));
        Assert.True(enabled.IsDone, string.Join("; ", enabled.Problems));
        var codes = enabled.Value!;
        Assert.Equal(AuthenticatorSetup.RecoveryCodeCount, codes.Distinct().Count());
        Assert.True(await StepAsync(id, (_, users, u) => users.GetTwoFactorEnabledAsync(u)));

        Assert.True((await StepAsync(id, (_, users, u) => users.RedeemTwoFactorRecoveryCodeAsync(u, codes[0]))).Succeeded);
        Assert.False((await StepAsync(id, (_, users, u) => users.RedeemTwoFactorRecoveryCodeAsync(u, codes[0]))).Succeeded);
        Assert.Equal(AuthenticatorSetup.RecoveryCodeCount - 1, await StepAsync(id, (a, _, u) => a.RecoveryCodesLeftAsync(u)));
    }

    [Fact]
    public async Task Switching_off_needs_the_password_and_a_later_enrolment_gets_a_new_key()
    {
        var id = await AccountWithPasswordAsync();
        var key = (await StepAsync(id, (a, _, u) => a.EnrolmentAsync(u))).Key;
        Assert.True((await StepAsync(id, (a, _, u) => a.EnableAsync(u, Totp.Code(key, DateTimeOffset.UtcNow)))).IsDone);

        var wrong = await StepAsync(id, (a, _, u) => a.DisableAsync(u, "bukan-sandinya1"));
        Assert.Equal("password", Assert.Single(wrong.Problems).Where);
        Assert.True(await StepAsync(id, (_, users, u) => users.GetTwoFactorEnabledAsync(u)));

        Assert.True((await StepAsync(id, (a, _, u) => a.DisableAsync(u, Password))).IsDone);
        Assert.False(await StepAsync(id, (_, users, u) => users.GetTwoFactorEnabledAsync(u)));
        Assert.NotEqual(key, (await StepAsync(id, (a, _, u) => a.EnrolmentAsync(u))).Key);

        await using var scope = Db.NewScope();
        var trail = await scope.Db.AuditEntries.Where(a => a.EntityType == "AppUser" && a.EntityId == id.ToString() && a.Action == "Updated").ToListAsync();
        Assert.Equal(2, trail.Count(a => a.After!.Contains("TwoFactorEnabled", StringComparison.Ordinal)));
        Assert.DoesNotContain(trail, a => a.After!.Contains(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), StringComparison.Ordinal));
    }

    public sealed class OnSqlite(SqliteFixture db) : AuthenticatorTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : AuthenticatorTests(db), IClassFixture<PostgresFixture>;
}
