using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Accounts;
using Sikerja.Web.Features.Audit;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Accounts;

/// <summary>Account administration: creating, resetting, locking, and the rules for granting rights.</summary>
public abstract class AccountAdminTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private sealed record World(TestTenant Tenant, OrgUnit Dinkes, OrgUnit DinkesDivision, OrgUnit Disdik, Employee Nurse, Employee Teacher, Employee Honorer, Guid Admin);

    private async Task<World> ArrangeAsync()
    {
        var t = await NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var division = await t.UnitAsync("dinkes.p2p", OrgUnitType.Division, dinkes);
        var disdik = await t.UnitAsync("disdik", OrgUnitType.Agency);
        var nurse = await t.EmployeeAsync(division, PositionLevel.Functional, name: "Perawat");
        var teacher = await t.EmployeeAsync(disdik, PositionLevel.Functional, name: "Guru");
        var honorer = await t.EmployeeAsync(dinkes, PositionLevel.Staff, name: "Tenaga Honorer", employment: Employment.NonAsn);
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        return new World(t, dinkes, division, disdik, nurse, teacher, honorer, admin);
    }

    private async Task<CommandResult<T>> AsAsync<T>(Guid user, Func<AccountAdminService, Task<CommandResult<T>>> act)
    {
        await using var scope = await AsAsync(user);
        return await act(scope.Get<AccountAdminService>());
    }

    private Task<CommandResult<IssuedPassword>> CreateAsync(Guid admin, Employee employee, string? userName = null) =>
        AsAsync(admin, s => s.CreateAsync(new NewAccountInput(employee.Id, userName), Ct));

    private async Task<AppUser> AccountOfAsync(Guid id)
    {
        await using var scope = Db.NewScope();
        return await scope.Db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    private async Task<bool> PasswordWorksAsync(Guid id, string password)
    {
        await using var scope = Db.NewScope();
        var users = scope.Get<UserManager<AppUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(id.ToString()))!, password);
    }

    [Fact]
    public async Task An_account_for_an_employee_signs_in_with_the_NIP_and_a_generated_password_to_be_changed()
    {
        var w = await ArrangeAsync();
        var created = await CreateAsync(w.Admin, w.Nurse);

        Assert.True(created.IsDone, string.Join("; ", created.Problems));
        var issued = created.Value!;
        Assert.Matches("^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$", issued.Password);
        var account = await AccountOfAsync(issued.Account.Id);
        Assert.Equal((w.Nurse.Nip, "Perawat", w.Nurse.Id, (Guid?)w.Tenant.Id), (account.UserName, account.DisplayName, account.EmployeeId!.Value, account.TenantId));
        Assert.True(account.MustChangePassword);
        Assert.True(await PasswordWorksAsync(account.Id, issued.Password));

        var again = await CreateAsync(w.Admin, w.Nurse);
        Assert.Equal(CommandStatus.Refused, again.Status);
        Assert.Contains(again.Problems, p => p.Where == "employeeId" && p.Message.Contains("sudah memiliki akun", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_ASN_keeps_the_NIP_as_user_name_and_a_non_ASN_may_get_a_chosen_one()
    {
        var w = await ArrangeAsync();
        var asn = await CreateAsync(w.Admin, w.Nurse, userName: "perawat.satu");
        Assert.Equal(CommandStatus.Refused, asn.Status);
        Assert.Equal("userName", Assert.Single(asn.Problems).Where);

        var spaced = await CreateAsync(w.Admin, w.Honorer, userName: "tenaga honorer");
        Assert.Equal(CommandStatus.Refused, spaced.Status);
        Assert.Contains("tidak sah", Assert.Single(spaced.Problems).Message, StringComparison.Ordinal);

        var chosen = UniqueName("honorer");
        var nonAsn = await CreateAsync(w.Admin, w.Honorer, userName: chosen);
        Assert.True(nonAsn.IsDone);
        Assert.Equal(chosen, nonAsn.Value!.Account.UserName);

        var taken = await AsAsync(w.Admin, s => s.CreateAsync(new NewAccountInput(null, chosen, "Orang Lain"), Ct));
        Assert.Equal($"Nama pengguna '{chosen}' sudah dipakai akun lain.", Assert.Single(taken.Problems).Message);
    }

    [Fact]
    public async Task Identity_refusals_are_in_Indonesian()
    {
        await using var scope = Db.NewScope();
        var result = await scope.Get<UserManager<AppUser>>().CreateAsync(new AppUser { UserName = "pendek", DisplayName = "Pendek" }, "abc");
        Assert.Contains("Kata sandi terlalu pendek: minimal 8 karakter.", result.Errors.Select(e => e.Description));
        Assert.Contains("Kata sandi harus memuat sedikitnya satu angka (0-9).", result.Errors.Select(e => e.Description));
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_until_an_admin_unlocks_it()
    {
        var w = await ArrangeAsync();
        var issued = (await CreateAsync(w.Admin, w.Nurse)).Value!;
        var id = issued.Account.Id;
        // What SignInManager.CheckPasswordSignInAsync(lockoutOnFailure: true) does, one request per attempt.
        async Task<bool> SignInAsync(string password)
        {
            await using var scope = Db.NewScope();
            var users = scope.Get<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            if (await users.IsLockedOutAsync(user))
            {
                return false;
            }
            if (await users.CheckPasswordAsync(user, password))
            {
                await users.ResetAccessFailedCountAsync(user);
                return true;
            }
            await users.AccessFailedAsync(user);
            return false;
        }

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.False(await SignInAsync("salah-salah-1"));
            Assert.Null((await AccountOfAsync(id)).LockoutEnd);
        }
        Assert.False(await SignInAsync("salah-salah-1"));
        var lockedUntil = (await AccountOfAsync(id)).LockoutEnd;
        Assert.InRange(lockedUntil!.Value, DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(16));
        Assert.False(await SignInAsync(issued.Password));
        await using (var scope = Db.NewScope())
        {
            Assert.False(await scope.Get<CurrentUserLoader>().LoadAsync(id, Ct));
        }
        var listed = (await ListAsync(w.Admin)).Single(a => a.Id == id);
        Assert.True(listed.IsLockedOut);
        Assert.False(listed.IsDisabled);

        Assert.True((await AsAsync(w.Admin, s => s.UnlockAsync(id, Ct))).IsDone);
        Assert.True(await SignInAsync(issued.Password));
    }

    [Fact]
    public async Task A_reset_gives_a_new_password_rejects_the_old_one_forces_a_change_and_ends_sessions()
    {
        var w = await ArrangeAsync();
        var id = (await CreateAsync(w.Admin, w.Nurse)).Value!.Account.Id;
        await using (var scope = Db.NewScope())
        {
            // The owner has chosen a password of their own.
            var users = scope.Get<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, "pilihan-sendiri-7");
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }
        var stampBefore = (await AccountOfAsync(id)).SecurityStamp;

        var reset = await AsAsync(w.Admin, s => s.ResetPasswordAsync(id, Ct));

        Assert.True(reset.IsDone);
        Assert.False(await PasswordWorksAsync(id, "pilihan-sendiri-7"));
        Assert.True(await PasswordWorksAsync(id, reset.Value!.Password));
        var account = await AccountOfAsync(id);
        Assert.True(account.MustChangePassword);
        Assert.NotEqual(stampBefore, account.SecurityStamp);
        await using (var scope = Db.NewScope())
        {
            Assert.False(await scope.Get<CurrentUserLoader>().LoadAsync(id, stampBefore, Ct));
        }
        await using (var scope = Db.NewScope())
        {
            Assert.True(await scope.Get<CurrentUserLoader>().LoadAsync(id, account.SecurityStamp, Ct));
        }

        await using var admin = await AsAsync(w.Admin);
        var trail = await admin.Get<AuditQuery>().SearchAsync(new AuditFilter(EntityType: "AppUser", Action: "Updated", ActorId: w.Admin, EntityId: id.ToString()), 1, Ct);
        var change = Assert.Single(trail.Value!.Rows);
        Assert.Equal(w.Admin, change.ActorUserId);
        Assert.Contains(change.Changes, c => c is { Field: "MustChangePassword", Before: "false", After: "true" });
        Assert.Contains(change.Changes, c => c.Field == "Password");
        Assert.DoesNotContain(change.Changes, c => c.Field is "PasswordHash" or "SecurityStamp");
    }

    [Fact]
    public async Task Disabling_shuts_an_account_out_until_unlocked_and_nobody_disables_themselves()
    {
        var w = await ArrangeAsync();
        var nurse = (await CreateAsync(w.Admin, w.Nurse)).Value!.Account.Id;

        Assert.True((await AsAsync(w.Admin, s => s.LockAsync(nurse, Ct))).IsDone);
        Assert.True((await ListAsync(w.Admin)).Single(a => a.Id == nurse).IsDisabled);
        await using (var admin = await AsAsync(w.Admin))
        {
            var trail = await admin.Get<AuditQuery>().SearchAsync(new AuditFilter(Action: "Updated", EntityId: nurse.ToString()), 1, Ct);
            Assert.Equal(["LockoutEnd"], Assert.Single(trail.Value!.Rows).Changes.Select(c => c.Field));
        }
        await using (var scope = Db.NewScope())
        {
            Assert.False(await scope.Get<CurrentUserLoader>().LoadAsync(nurse, Ct));
        }

        var self = await AsAsync(w.Admin, s => s.LockAsync(w.Admin, Ct));
        Assert.Equal(CommandStatus.Refused, self.Status);
        Assert.Null((await AccountOfAsync(w.Admin)).LockoutEnd);

        Assert.True((await AsAsync(w.Admin, s => s.UnlockAsync(nurse, Ct))).IsDone);
        await using (var scope = Db.NewScope())
        {
            Assert.True(await scope.Get<CurrentUserLoader>().LoadAsync(nurse, Ct));
        }
    }

    [Fact]
    public async Task Tenant_admins_grant_and_revoke_rights_but_never_their_own_tenant_admin_right()
    {
        var w = await ArrangeAsync();
        var nurse = (await CreateAsync(w.Admin, w.Nurse)).Value!.Account.Id;

        var leadership = await AsAsync(w.Admin, s => s.GrantAsync(nurse, new GrantInput(Role.Leadership), Ct));
        Assert.True(leadership.IsDone);
        await using (var scope = await AsAsync(nurse))
        {
            Assert.True(scope.Get<CurrentUser>().IsLeadership);
        }

        Assert.Equal("agencyId", Assert.Single((await AsAsync(w.Admin, s => s.GrantAsync(nurse, new GrantInput(Role.AgencyAdmin), Ct))).Problems).Where);
        Assert.Equal("agencyId", Assert.Single((await AsAsync(w.Admin, s => s.GrantAsync(nurse, new GrantInput(Role.AgencyAdmin, w.DinkesDivision.Id), Ct))).Problems).Where);
        Assert.Equal("role", Assert.Single((await AsAsync(w.Admin, s => s.GrantAsync(nurse, new GrantInput(Role.SystemAdmin), Ct))).Problems).Where);
        Assert.Equal(CommandStatus.Refused, (await AsAsync(w.Admin, s => s.GrantAsync(nurse, new GrantInput(Role.Leadership), Ct))).Status);
        var agency = await AsAsync(w.Admin, s => s.GrantAsync(nurse, new GrantInput(Role.AgencyAdmin, w.Dinkes.Id), Ct));
        Assert.True(agency.IsDone);

        Assert.True((await AsAsync(w.Admin, s => s.RevokeAsync(nurse, leadership.Value!.Id, Ct))).IsDone);
        await using (var scope = await AsAsync(nurse))
        {
            var me = scope.Get<CurrentUser>();
            Assert.False(me.IsLeadership);
            Assert.Equal([w.Dinkes.Id], me.AdminOfAgencies);
        }

        var ownGrant = (await ListAsync(w.Admin)).Single(a => a.Id == w.Admin).Grants.Single(g => g.Role == Role.TenantAdmin);
        var selfRevoke = await AsAsync(w.Admin, s => s.RevokeAsync(w.Admin, ownGrant.Id, Ct));
        Assert.Equal(CommandStatus.Refused, selfRevoke.Status);
        await using (var scope = await AsAsync(w.Admin))
        {
            Assert.True(scope.Get<CurrentUser>().IsTenantAdmin);
        }

        var second = await w.Tenant.AccountAsync(null, Role.TenantAdmin);
        Assert.True((await AsAsync(second, s => s.RevokeAsync(w.Admin, ownGrant.Id, Ct))).IsDone);
        await using (var scope = await AsAsync(w.Admin))
        {
            Assert.False(scope.Get<CurrentUser>().IsTenantAdmin);
        }
    }

    [Fact]
    public async Task Agency_admins_create_and_reset_only_inside_their_agency_for_accounts_without_rights_and_grant_nothing()
    {
        var w = await ArrangeAsync();
        var agencyAdmin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Dinkes);
        var teacher = (await CreateAsync(w.Admin, w.Teacher)).Value!.Account.Id;

        var nurse = await CreateAsync(agencyAdmin, w.Nurse);
        Assert.True(nurse.IsDone);
        Assert.Equal(CommandStatus.Forbidden, (await CreateAsync(agencyAdmin, w.Teacher)).Status);
        Assert.Equal(CommandStatus.Refused, (await AsAsync(agencyAdmin, s => s.CreateAsync(new NewAccountInput(null, UniqueName("tanpa"), "Tanpa Pegawai"), Ct))).Status);

        var nurseId = nurse.Value!.Account.Id;
        Assert.True((await AsAsync(agencyAdmin, s => s.ResetPasswordAsync(nurseId, Ct))).IsDone);
        Assert.True((await AsAsync(agencyAdmin, s => s.UnlockAsync(nurseId, Ct))).IsDone);
        Assert.Equal(CommandStatus.NotFound, (await AsAsync(agencyAdmin, s => s.ResetPasswordAsync(teacher, Ct))).Status);
        Assert.Equal(CommandStatus.Forbidden, (await AsAsync(agencyAdmin, s => s.GrantAsync(nurseId, new GrantInput(Role.Leadership), Ct))).Status);
        Assert.Equal(CommandStatus.Forbidden, (await AsAsync(agencyAdmin, s => s.LockAsync(nurseId, Ct))).Status);

        var honorer = (await CreateAsync(w.Admin, w.Honorer, UniqueName("honorer"))).Value!.Account.Id;
        var grant = (await AsAsync(w.Admin, s => s.GrantAsync(honorer, new GrantInput(Role.HealthOfficer), Ct))).Value!;
        Assert.Equal(CommandStatus.Forbidden, (await AsAsync(agencyAdmin, s => s.ResetPasswordAsync(honorer, Ct))).Status);
        Assert.Equal(CommandStatus.Forbidden, (await AsAsync(agencyAdmin, s => s.RevokeAsync(honorer, grant.Id, Ct))).Status);

        Assert.Equal(new HashSet<Guid> { honorer, nurseId }, (await ListAsync(agencyAdmin)).Select(a => a.Id).ToHashSet());
        Assert.Equal(5, (await ListAsync(w.Admin)).Count);
    }

    [Fact]
    public async Task Accounts_of_another_tenant_are_not_found()
    {
        var w = await ArrangeAsync();
        var other = await ArrangeAsync();
        var issued = (await CreateAsync(other.Admin, other.Nurse)).Value!;
        var foreign = issued.Account.Id;
        var foreignGrant = (await AsAsync(other.Admin, s => s.GrantAsync(foreign, new GrantInput(Role.Leadership), Ct))).Value!.Id;

        Assert.Equal(CommandStatus.NotFound, (await AsAsync(w.Admin, s => s.ResetPasswordAsync(foreign, Ct))).Status);
        Assert.Equal(CommandStatus.NotFound, (await AsAsync(w.Admin, s => s.UnlockAsync(foreign, Ct))).Status);
        Assert.Equal(CommandStatus.NotFound, (await AsAsync(w.Admin, s => s.LockAsync(foreign, Ct))).Status);
        Assert.Equal(CommandStatus.NotFound, (await AsAsync(w.Admin, s => s.GrantAsync(foreign, new GrantInput(Role.TenantAdmin), Ct))).Status);
        Assert.Equal(CommandStatus.NotFound, (await AsAsync(w.Admin, s => s.RevokeAsync(foreign, foreignGrant, Ct))).Status);
        Assert.Equal(CommandStatus.NotFound, (await AsAsync(w.Admin, s => s.RevokeAsync(w.Admin, foreignGrant, Ct))).Status);
        Assert.Equal(CommandStatus.NotFound, (await CreateAsync(w.Admin, other.Teacher)).Status);

        await using var scope = await AsAsync(w.Admin);
        Assert.Null(await scope.Get<AccountQuery>().FindAsync(foreign, Ct));
        Assert.DoesNotContain(foreign, (await ListAsync(w.Admin)).Select(a => a.Id));
        Assert.True(await PasswordWorksAsync(foreign, issued.Password));
        Assert.Null((await AccountOfAsync(foreign)).LockoutEnd);
    }

    [Fact]
    public async Task Employees_and_leadership_administer_no_accounts()
    {
        var w = await ArrangeAsync();
        foreach (var user in new[] { await w.Tenant.AccountAsync(w.Teacher), await w.Tenant.AccountAsync(null, Role.Leadership) })
        {
            await using var scope = await AsAsync(user);
            Assert.Null(await scope.Get<AccountQuery>().SearchAsync(null, 1, Ct));
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<AccountAdminService>().CreateAsync(new NewAccountInput(w.Nurse.Id), Ct)).Status);
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<AccountAdminService>().ResetPasswordAsync(w.Admin, Ct)).Status);
        }
    }

    /// <summary>User names are unique in the installation, and the tests of a class share one database.</summary>
    private static string UniqueName(string prefix) => $"{prefix}.{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private async Task<IReadOnlyList<AccountRow>> ListAsync(Guid admin)
    {
        await using var scope = await AsAsync(admin);
        return (await scope.Get<AccountQuery>().SearchAsync(null, 1, Ct))!.Rows;
    }

    public sealed class OnSqlite(SqliteFixture db) : AccountAdminTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : AccountAdminTests(db), IClassFixture<PostgresFixture>;
}
