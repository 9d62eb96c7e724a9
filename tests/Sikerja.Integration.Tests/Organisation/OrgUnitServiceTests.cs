using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Organisation;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Organisation;

public abstract class OrgUnitServiceTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task Creating_a_unit_records_it_in_the_audit_log()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        await using var scope = await AsAsync(admin);
        var result = await scope.Get<OrgUnitService>().CreateAsync(new OrgUnitInput("bappeda", "Bappeda", OrgUnitType.Agency, null), CancellationToken.None);
        Assert.True(result.IsDone);
        var entry = await scope.Db.AuditEntries.SingleAsync(a => a.EntityId == result.Value!.Id.ToString());
        Assert.Equal("Created", entry.Action);
        Assert.Equal(admin, entry.ActorUserId);
        Assert.Equal(t.Id, entry.TenantId);
        Assert.Contains("Bappeda", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_unit_under_its_descendant_is_refused_and_changes_nothing()
    {
        var t = await NewTenantAsync();
        var dinas = await t.UnitAsync("dinas", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("dinas.b", OrgUnitType.Division, dinas);
        var seksi = await t.UnitAsync("dinas.b.s", OrgUnitType.Section, bidang);
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var result = await scope.Get<OrgUnitService>().MoveAsync(dinas.Id, seksi.Id, CancellationToken.None);
        Assert.Equal(CommandStatus.Refused, result.Status);
        Assert.Equal("parent", Assert.Single(result.Problems).Where);
        Assert.Null((await scope.Db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == dinas.Id)).ParentId);
    }

    [Fact]
    public async Task Moving_a_unit_moves_its_subtree_and_its_reporting_lines()
    {
        var t = await NewTenantAsync();
        var a = await t.UnitAsync("a", OrgUnitType.Agency);
        var b = await t.UnitAsync("b", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("a.bidang", OrgUnitType.Division, a);
        var seksi = await t.UnitAsync("a.bidang.seksi", OrgUnitType.Section, bidang);
        await t.EmployeeAsync(a, PositionLevel.Jpt, head: true);
        var kepalaB = await t.EmployeeAsync(b, PositionLevel.Jpt, head: true);
        var staf = await t.EmployeeAsync(seksi, PositionLevel.Staff);
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var result = await scope.Get<OrgUnitService>().MoveAsync(bidang.Id, b.Id, CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));

        await using var check = Db.NewScope().InTenant(t.Id);
        var movedSeksi = await check.Db.OrgUnits.SingleAsync(u => u.Id == seksi.Id);
        Assert.StartsWith(b.Path, movedSeksi.Path, StringComparison.Ordinal);
        Assert.Equal(kepalaB.Id, (await check.Db.Employees.SingleAsync(e => e.Id == staf.Id)).SupervisorId);
    }

    [Fact]
    public async Task Closing_is_refused_while_people_remain()
    {
        var t = await NewTenantAsync();
        var dinas = await t.UnitAsync("dinas", OrgUnitType.Agency);
        await t.EmployeeAsync(dinas, PositionLevel.Staff);
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var result = await scope.Get<OrgUnitService>().CloseAsync(dinas.Id, CancellationToken.None);
        Assert.Equal(CommandStatus.Refused, result.Status);
        Assert.Contains("1 pegawai", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_admin_cannot_touch_another_agency_or_create_a_top_level_unit()
    {
        var t = await NewTenantAsync();
        var mine = await t.UnitAsync("mine", OrgUnitType.Agency);
        var theirs = await t.UnitAsync("theirs", OrgUnitType.Agency);
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.AgencyAdmin, mine));
        var service = scope.Get<OrgUnitService>();
        Assert.Equal(CommandStatus.Forbidden, (await service.CreateAsync(new OrgUnitInput("x", "X", OrgUnitType.Division, theirs.Id), CancellationToken.None)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await service.CreateAsync(new OrgUnitInput("y", "Y", OrgUnitType.Agency, null), CancellationToken.None)).Status);
        Assert.True((await service.CreateAsync(new OrgUnitInput("mine.z", "Z", OrgUnitType.Division, mine.Id), CancellationToken.None)).IsDone);
    }

    [Fact]
    public async Task The_tree_counts_people_in_each_subtree()
    {
        var t = await NewTenantAsync();
        var dinas = await t.UnitAsync("dinas", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("dinas.b", OrgUnitType.Division, dinas);
        await t.EmployeeAsync(dinas, PositionLevel.Jpt, head: true);
        await t.EmployeeAsync(bidang, PositionLevel.Staff);
        await t.EmployeeAsync(bidang, PositionLevel.Staff);
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.Leadership));
        var top = await scope.Get<OrgTreeQuery>().LevelAsync(null, false, CancellationToken.None);
        var node = Assert.Single(top!.Children);
        Assert.Equal((1, 3, 1), (node.DirectEmployees, node.SubtreeEmployees, node.ChildCount));
    }

    public sealed class OnSqlite(SqliteFixture db) : OrgUnitServiceTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : OrgUnitServiceTests(db), IClassFixture<PostgresFixture>;
}
