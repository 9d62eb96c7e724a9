using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.People;

namespace Sikerja.Integration.Tests.People;

/// <summary>Finding people by name or number, in any case, and for a supervisor only among those below them.</summary>
public abstract class PeopleSearchTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<PeoplePage> SearchAsync(Guid user, string term)
    {
        await using var scope = await AsAsync(user);
        return await scope.Get<PeopleQuery>().SearchAsync(term, null, includeInactive: false, page: 1, CancellationToken.None);
    }

    [Fact]
    public async Task A_name_or_an_employee_number_is_found_whatever_its_case()
    {
        var t = await NewTenantAsync();
        var unit = await t.UnitAsync("dinsos", OrgUnitType.Agency);
        var nurul = await t.EmployeeAsync(unit, PositionLevel.Staff, name: "Nurul Hidayah");
        var budi = await t.EmployeeAsync(unit, PositionLevel.Staff, name: "Budi Santoso", employment: Employment.NonAsn);
        await using (var scope = Db.NewScope().InTenant(t.Id))
        {
            (await scope.Db.Employees.SingleAsync(e => e.Id == budi.Id)).Nip = "NA-000129";
            await scope.Db.SaveChangesAsync();
        }
        var admin = await t.AccountAsync(null, Role.TenantAdmin);

        Assert.Equal(["Nurul Hidayah"], (await SearchAsync(admin, "NURUL")).Rows.Select(r => r.Name));
        Assert.Equal(["Nurul Hidayah"], (await SearchAsync(admin, nurul.Nip)).Rows.Select(r => r.Name));
        Assert.Equal(["Budi Santoso"], (await SearchAsync(admin, "NA-000129")).Rows.Select(r => r.Name));
        Assert.Equal(["Budi Santoso"], (await SearchAsync(admin, "na-000129")).Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task A_supervisor_finds_and_counts_only_the_people_below_them_at_any_depth()
    {
        var t = await NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("dinkes.p2p", OrgUnitType.Division, dinkes);
        var seksi = await t.UnitAsync("dinkes.p2p.surveilans", OrgUnitType.Section, bidang);
        var disdik = await t.UnitAsync("disdik", OrgUnitType.Agency);
        await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Rina Kadis");
        var kabid = await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Rina Kabid");
        await t.EmployeeAsync(seksi, PositionLevel.Supervisor, head: true, name: "Rina Kasi");
        await t.EmployeeAsync(seksi, PositionLevel.Staff, name: "Rina Staf Satu");
        await t.EmployeeAsync(seksi, PositionLevel.Staff, name: "Rina Staf Dua");
        await t.EmployeeAsync(disdik, PositionLevel.Functional, name: "Rina Guru");
        var account = await t.AccountAsync(kabid);

        var found = await SearchAsync(account, "rina");
        Assert.Equal(["Rina Kabid", "Rina Kasi", "Rina Staf Dua", "Rina Staf Satu"], found.Rows.Select(r => r.Name));
        Assert.Equal(4, found.Total);
        Assert.Equal(["Rina Staf Satu"], (await SearchAsync(account, "satu")).Rows.Select(r => r.Name));
        Assert.Empty((await SearchAsync(account, "guru")).Rows);
    }

    public sealed class OnSqlite(SqliteFixture db) : PeopleSearchTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : PeopleSearchTests(db), IClassFixture<PostgresFixture>;
}
