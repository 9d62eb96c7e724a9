using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Access;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Calendar;
using Sikerja.Web.Features.Shared;
using Sikerja.Web.Features.Tenants;

namespace Sikerja.Integration.Tests.Tenants;

public abstract class TenantServiceTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static string NewCode() => $"t{Guid.NewGuid():N}"[..12];

    [Fact]
    public async Task A_system_admin_creates_a_tenant_that_gets_the_shipped_holidays()
    {
        await using var scope = await AsAsync(await SystemAdminAsync());
        var code = NewCode();
        var result = await scope.Get<TenantService>().CreateAsync(
            new TenantInput(code, "Pemerintah Kabupaten Paser", TenantKind.Regency, IndonesianTimeZones.Wita, WorkWeek.MondayToFriday), CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        var tenant = await scope.Db.Tenants.AsNoTracking().SingleAsync(t => t.Code == code);
        Assert.Equal((IndonesianTimeZones.Wita, WorkWeek.MondayToFriday), (tenant.TimeZoneId, tenant.WorkWeek));
        var holidays = await scope.Db.Holidays.IgnoreQueryFilters().Where(h => h.TenantId == tenant.Id).ToListAsync();
        Assert.Equal(NationalHolidays.Reading.Rows.Count, holidays.Count);
        Assert.Contains(holidays, h => h.Date == new DateOnly(2026, 3, 21) && h.Kind == HolidayKind.National);
    }

    [Fact]
    public async Task Invalid_input_and_a_code_in_use_are_refused_field_by_field()
    {
        var existing = await NewTenantAsync();
        await using var scope = await AsAsync(await SystemAdminAsync());
        var service = scope.Get<TenantService>();
        var invalid = await service.CreateAsync(new TenantInput("Bad Code", "", TenantKind.City, "Asia/Singapore", WorkWeek.None), CancellationToken.None);
        Assert.Equal(CommandStatus.Refused, invalid.Status);
        Assert.Equal(["code", "name", "timeZoneId", "workWeek"], invalid.Problems.Select(p => p.Where));
        var taken = await service.CreateAsync(new TenantInput(existing.Code, "Kota Lain", TenantKind.City, IndonesianTimeZones.Wib), CancellationToken.None);
        Assert.Contains("sudah dipakai", Assert.Single(taken.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(1, await scope.Db.Tenants.CountAsync(t => t.Code == existing.Code));
    }

    [Fact]
    public async Task Only_a_system_admin_lists_or_creates_tenants()
    {
        var t = await NewTenantAsync();
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var service = scope.Get<TenantService>();
        Assert.Equal(CommandStatus.Forbidden, (await service.ListAsync(CancellationToken.None)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await service.CreateAsync(new TenantInput(NewCode(), "X", TenantKind.City, IndonesianTimeZones.Wib), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task The_list_counts_each_tenants_active_employees_and_admins()
    {
        var t = await NewTenantAsync();
        var dinas = await t.UnitAsync("dinas", OrgUnitType.Agency);
        await t.EmployeeAsync(dinas, PositionLevel.Jpt, head: true);
        await t.EmployeeAsync(dinas, PositionLevel.Staff);
        await t.AccountAsync(null, Role.TenantAdmin);
        await using var scope = await AsAsync(await SystemAdminAsync());
        var list = (await scope.Get<TenantService>().ListAsync(CancellationToken.None)).Value!;
        var mine = list.Single(s => s.Tenant.Id == t.Id);
        Assert.Equal((2, 1), (mine.ActiveEmployees, mine.Admins.Count));
    }

    [Fact]
    public async Task The_first_tenant_admin_gets_a_one_time_password_that_must_be_changed()
    {
        var t = await NewTenantAsync();
        await using var scope = await AsAsync(await SystemAdminAsync());
        var userName = $"admin.{t.Code}";
        var result = await scope.Get<TenantService>().CreateAdminAsync(t.Id, userName, "Admin BKPSDM", CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        var users = scope.Get<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName);
        Assert.NotNull(user);
        Assert.True(user.MustChangePassword);
        Assert.Equal(t.Id, user.TenantId);
        Assert.True(await users.CheckPasswordAsync(user, result.Value!.InitialPassword));

        await using var asAdmin = await AsAsync(user.Id);
        Assert.True(asAdmin.Get<CurrentUser>().IsTenantAdmin);

        var again = await scope.Get<TenantService>().CreateAdminAsync(t.Id, userName, "Lagi", CancellationToken.None);
        Assert.Equal("userName", Assert.Single(again.Problems).Where);
        var blank = await scope.Get<TenantService>().CreateAdminAsync(t.Id, "nama dengan spasi", " ", CancellationToken.None);
        Assert.Equal(["userName", "displayName"], blank.Problems.Select(p => p.Where));
    }

    [Fact]
    public async Task A_tenant_admin_changes_name_zone_and_work_week_of_their_own_tenant_only()
    {
        var t = await NewTenantAsync();
        await using (var asEmployee = await AsAsync(await t.AccountAsync(null)))
        {
            var denied = await asEmployee.Get<TenantService>().UpdateSettingsAsync(
                new TenantSettingsInput("X", IndonesianTimeZones.Wit, WorkWeek.MondayToSaturday), CancellationToken.None);
            Assert.Equal(CommandStatus.Forbidden, denied.Status);
        }
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var service = scope.Get<TenantService>();
        var refused = await service.UpdateSettingsAsync(new TenantSettingsInput("Pemkab", "UTC", WorkWeek.MondayToFriday), CancellationToken.None);
        Assert.Equal("timeZoneId", Assert.Single(refused.Problems).Where);
        var done = await service.UpdateSettingsAsync(new TenantSettingsInput("Pemerintah Kabupaten Jayapura", IndonesianTimeZones.Wit, WorkWeek.MondayToSaturday), CancellationToken.None);
        Assert.True(done.IsDone);

        await using var check = Db.NewScope();
        var tenant = await check.Db.Tenants.SingleAsync(x => x.Id == t.Id);
        Assert.Equal(("Pemerintah Kabupaten Jayapura", IndonesianTimeZones.Wit, WorkWeek.MondayToSaturday), (tenant.Name, tenant.TimeZoneId, tenant.WorkWeek));
    }

    [Fact]
    public async Task Tenant_time_shows_instants_in_the_tenants_zone_with_its_abbreviation()
    {
        var t = await NewTenantAsync();
        await using (var admin = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin)))
        {
            await admin.Get<TenantService>().UpdateSettingsAsync(new TenantSettingsInput("Pemkab", IndonesianTimeZones.Wita, WorkWeek.MondayToFriday), CancellationToken.None);
        }
        await using var scope = await AsAsync(await t.AccountAsync(null));
        var text = scope.Get<TenantTime>().Format(new DateTime(2025, 8, 17, 1, 30, 0, DateTimeKind.Utc), "yyyy-MM-dd HH.mm");
        Assert.Equal("2025-08-17 09.30 WITA", text);
    }

    public sealed class OnSqlite(SqliteFixture db) : TenantServiceTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : TenantServiceTests(db), IClassFixture<PostgresFixture>;
}
