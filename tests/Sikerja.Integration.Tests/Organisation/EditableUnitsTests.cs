using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Organisation;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Organisation;

/// <summary>The units a caller may change, as the edit pages offer them, and the refusals the pages show by field.</summary>
public abstract class EditableUnitsTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<List<string>> EditableCodesAsync(Guid user)
    {
        await using var scope = await AsAsync(user);
        var units = await scope.Get<OrganisationAccess>().EditableUnitsAsync(CancellationToken.None);
        return await units.OrderBy(u => u.Code).Select(u => u.Code).ToListAsync();
    }

    [Fact]
    public async Task Tenant_admins_may_change_every_unit_agency_admins_their_agency_and_leadership_none()
    {
        var t = await NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        await t.UnitAsync("dinkes.p2p", OrgUnitType.Division, dinkes);
        await t.UnitAsync("disdik", OrgUnitType.Agency);

        Assert.Equal(["dinkes", "dinkes.p2p", "disdik"], await EditableCodesAsync(await t.AccountAsync(null, Role.TenantAdmin)));
        Assert.Equal(["dinkes", "dinkes.p2p"], await EditableCodesAsync(await t.AccountAsync(null, Role.AgencyAdmin, dinkes)));
        Assert.Empty(await EditableCodesAsync(await t.AccountAsync(null, Role.Leadership)));
    }

    [Fact]
    public async Task An_update_is_refused_with_a_problem_for_each_field_and_changes_nothing()
    {
        var t = await NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        await t.UnitAsync("disdik", OrgUnitType.Agency);
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var input = new OrgUnitInput("disdik", "", OrgUnitType.Agency, null, new string('a', 401), -91, 115.2, 5);
        var result = await scope.Get<OrgUnitService>().UpdateAsync(dinkes.Id, input, CancellationToken.None);

        Assert.Equal(CommandStatus.Refused, result.Status);
        Assert.Equal(["address", "code", "latitude", "name", "radius"], result.Problems.Select(p => p.Where).Order());
        var stored = await scope.Db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == dinkes.Id);
        Assert.Equal(("dinkes", "Unit dinkes", null), (stored.Code, stored.Name, stored.Address));
    }

    public sealed class OnSqlite(SqliteFixture db) : EditableUnitsTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : EditableUnitsTests(db), IClassFixture<PostgresFixture>;
}
