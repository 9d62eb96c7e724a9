using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Calendar;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Calendar;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Calendar;

public abstract class HolidayServiceTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly DateOnly HariJadi = new(2031, 10, 1);

    private async Task<Holiday> AddAsync(TestTenant t, DateOnly date, string name)
    {
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var result = await scope.Get<HolidayService>().CreateAsync(new HolidayInput(date, name, HolidayKind.Regional), CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        return result.Value!;
    }

    [Fact]
    public async Task A_tenant_admin_adds_changes_and_deletes_holidays_and_everyone_in_the_tenant_reads_them()
    {
        var t = await NewTenantAsync();
        var holiday = await AddAsync(t, HariJadi, "Hari Jadi Kabupaten");
        await using (var admin = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin)))
        {
            var service = admin.Get<HolidayService>();
            var updated = await service.UpdateAsync(holiday.Id, new HolidayInput(HariJadi.AddDays(1), "Hari Jadi Kabupaten ke-450", HolidayKind.Regional), CancellationToken.None);
            Assert.True(updated.IsDone);
        }
        await using (var employee = await AsAsync(await t.AccountAsync(null)))
        {
            var list = (await employee.Get<HolidayService>().ListAsync(2031, CancellationToken.None)).Value!;
            Assert.Equal(("Hari Jadi Kabupaten ke-450", HariJadi.AddDays(1)), (Assert.Single(list).Name, list[0].Date));
        }
        await using (var admin = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin)))
        {
            Assert.True((await admin.Get<HolidayService>().DeleteAsync(holiday.Id, CancellationToken.None)).IsDone);
            Assert.Empty((await admin.Get<HolidayService>().ListAsync(2031, CancellationToken.None)).Value!);
            var audit = await admin.Db.AuditEntries.Where(a => a.EntityId == holiday.Id.ToString()).Select(a => a.Action).ToListAsync();
            Assert.Equal(["Created", "Deleted", "Updated"], audit.Order());
        }
    }

    [Fact]
    public async Task An_employee_may_not_change_the_calendar()
    {
        var t = await NewTenantAsync();
        var holiday = await AddAsync(t, HariJadi, "Hari Jadi Kabupaten");
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.Leadership));
        var service = scope.Get<HolidayService>();
        var input = new HolidayInput(HariJadi.AddDays(7), "Libur", HolidayKind.Regional);
        Assert.Equal(CommandStatus.Forbidden, (await service.CreateAsync(input, CancellationToken.None)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await service.UpdateAsync(holiday.Id, input, CancellationToken.None)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await service.DeleteAsync(holiday.Id, CancellationToken.None)).Status);
        Assert.Single((await service.ListAsync(2031, CancellationToken.None)).Value!);
    }

    [Fact]
    public async Task Invalid_input_and_a_date_already_taken_are_refused()
    {
        var t = await NewTenantAsync();
        await AddAsync(t, HariJadi, "Hari Jadi Kabupaten");
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var service = scope.Get<HolidayService>();
        var taken = await service.CreateAsync(new HolidayInput(HariJadi, "Lain", HolidayKind.Regional), CancellationToken.None);
        Assert.Contains("Hari Jadi Kabupaten", Assert.Single(taken.Problems).Message, StringComparison.Ordinal);
        var invalid = await service.CreateAsync(new HolidayInput(new DateOnly(1999, 1, 1), " ", (HolidayKind)7), CancellationToken.None);
        Assert.Equal(["date", "name", "kind"], invalid.Problems.Select(p => p.Where));
        Assert.Equal(CommandStatus.Refused, (await service.ListAsync(1850, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task One_tenant_can_neither_read_nor_change_anothers_holidays()
    {
        var a = await NewTenantAsync();
        var b = await NewTenantAsync();
        var theirs = await AddAsync(b, HariJadi, "Hari Jadi Kabupaten B");
        await AddAsync(a, HariJadi, "Hari Jadi Kabupaten A");
        await using var scope = await AsAsync(await a.AccountAsync(null, Role.TenantAdmin));
        var service = scope.Get<HolidayService>();
        Assert.Equal("Hari Jadi Kabupaten A", Assert.Single((await service.ListAsync(2031, CancellationToken.None)).Value!).Name);
        Assert.Null(await service.FindAsync(theirs.Id, CancellationToken.None));
        var input = new HolidayInput(HariJadi, "Diambil alih", HolidayKind.Regional);
        Assert.Equal(CommandStatus.NotFound, (await service.UpdateAsync(theirs.Id, input, CancellationToken.None)).Status);
        Assert.Equal(CommandStatus.NotFound, (await service.DeleteAsync(theirs.Id, CancellationToken.None)).Status);

        await using var check = Db.NewScope().InTenant(b.Id);
        Assert.Equal("Hari Jadi Kabupaten B", (await check.Db.Holidays.SingleAsync(h => h.Id == theirs.Id)).Name);
    }

    [Fact]
    public async Task Loading_the_national_holidays_adds_the_missing_and_restores_the_changed()
    {
        var t = await NewTenantAsync();
        await AddAsync(t, new DateOnly(2025, 8, 17), "HUT RI");
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var result = await scope.Get<HolidayService>().LoadNationalAsync(CancellationToken.None);
        Assert.True(result.IsDone);
        var shipped = NationalHolidays.Reading.Rows.Count;
        Assert.Equal((shipped - 1, 1), (result.Value!.Count(HolidayChange.Add), result.Value.Count(HolidayChange.Update)));
        var again = await scope.Get<HolidayService>().LoadNationalAsync(CancellationToken.None);
        Assert.Equal(shipped, again.Value!.Count(HolidayChange.Unchanged));
        Assert.Equal("Proklamasi Kemerdekaan", (await scope.Db.Holidays.SingleAsync(h => h.Date == new DateOnly(2025, 8, 17))).Name);
    }

    public sealed class OnSqlite(SqliteFixture db) : HolidayServiceTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : HolidayServiceTests(db), IClassFixture<PostgresFixture>;
}
