using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Organisation;

namespace Sikerja.Integration.Tests.Organisation;

/// <summary>A level of the unit tree: the units below, each with its head's name and the active people in its subtree.</summary>
public abstract class OrgTreeQueryTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task A_level_shows_each_unit_with_its_head_and_the_active_people_below_it()
    {
        var t = await NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("dinkes.p2p", OrgUnitType.Division, dinkes);
        await t.UnitAsync("disdik", OrgUnitType.Agency);
        await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Siti Kadis");
        await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Agus Kabid");
        await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Staf Aktif");
        var former = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Staf Pensiun");
        await using (var scope = Db.NewScope().InTenant(t.Id))
        {
            (await scope.Db.Employees.SingleAsync(e => e.Id == former.Id)).IsActive = false;
            await scope.Db.SaveChangesAsync();
        }
        await using var admin = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var tree = admin.Get<OrgTreeQuery>();

        var top = (await tree.LevelAsync(null, includeClosed: false, CancellationToken.None))!;
        (string Code, string? Head, int Units, int People)[] expected = [("dinkes", "Siti Kadis", 1, 3), ("disdik", null, 0, 0)];
        Assert.Equal(expected, top.Children.Select(c => (c.Code, c.HeadName, c.ChildCount, c.SubtreeEmployees)));
        Assert.Equal(3, top.TotalEmployees);

        var agency = (await tree.LevelAsync(dinkes.Id, includeClosed: false, CancellationToken.None))!;
        Assert.Equal(("Siti Kadis", 1, 3), (agency.Focus!.HeadName, agency.Focus.DirectEmployees, agency.Focus.SubtreeEmployees));
        var division = Assert.Single(agency.Children);
        Assert.Equal(("Agus Kabid", 2, 2), (division.HeadName, division.DirectEmployees, division.SubtreeEmployees));
        Assert.Null(await tree.LevelAsync(Guid.NewGuid(), includeClosed: false, CancellationToken.None));
    }

    public sealed class OnSqlite(SqliteFixture db) : OrgTreeQueryTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : OrgTreeQueryTests(db), IClassFixture<PostgresFixture>;
}
