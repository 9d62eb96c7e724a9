using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Policies;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Rosters;

namespace Sikerja.Integration.Tests.Rosters;

/// <summary>A scenario file loaded into a new tenant, for demonstrations and tests.</summary>
public abstract class ScenarioImportTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task The_organisation_calendar_unavailability_and_policy_arrive_as_stored_data()
    {
        var scenario = TestScenarios.Read("kebumen-2020.json");

        var t = await TestScenarios.ImportAsync(Db, "kebumen-2020.json");

        await using var scope = Db.NewScope().InTenant(t.Id);
        var tenant = await scope.Db.Tenants.SingleAsync(x => x.Id == t.Id);
        Assert.Equal((scenario.Tenant.Name, scenario.Tenant.TimeZone, scenario.Calendar.WorkDays), (tenant.Name, tenant.TimeZoneId, tenant.WorkWeek));
        Assert.Equal(scenario.Calendar.Holidays, await scope.Db.Holidays.OrderBy(h => h.Date).Select(h => h.Date).ToListAsync());
        Assert.Equal(scenario.Units.Select(u => u.Id).Order(StringComparer.Ordinal), (await scope.Db.OrgUnits.Select(u => u.Code).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(scenario.Employees.Count, await scope.Db.Employees.CountAsync());
        var sekda = await scope.Db.Employees.SingleAsync(e => e.Title == "Sekda");
        Assert.Equal(sekda.Id, (await scope.Db.OrgUnits.SingleAsync(u => u.Code == "setda")).HeadId);
        Assert.True(await scope.Db.Employees.AnyAsync(e => e.SupervisorId == sekda.Id));
        var kadis = scenario.Employees.Single(e => e.Unavailable.Count == 3);
        var kadisId = (await scope.Db.Employees.SingleAsync(e => e.Nip == kadis.Id)).Id;
        Assert.Equal([(new DateOnly(2020, 3, 26), new DateOnly(2020, 3, 27)), (new DateOnly(2020, 3, 30), new DateOnly(2020, 3, 30))],
            (await scope.Db.Unavailabilities.Where(u => u.EmployeeId == kadisId).OrderBy(u => u.From).ToListAsync()).Select(u => (u.From, u.To)));
        var policy = await scope.Db.Policies.SingleAsync();
        Assert.Equal((PolicyStatus.Published, scenario.Policy.Number, scenario.Policy.EffectiveUntil), (policy.Status, policy.Number, policy.EffectiveUntil));
    }

    [Fact]
    public async Task A_taken_code_or_a_unit_id_the_application_cannot_store_is_refused_with_its_path()
    {
        var scenario = TestScenarios.Read("kukar-2021.json");
        var taken = await NewTenantAsync();
        var badUnit = scenario with { Units = [.. scenario.Units.Select((u, i) => i == 2 ? u with { Id = "Setda Umum" } : u)] };
        await using var scope = Db.NewScope();
        var importer = scope.Get<ScenarioImporter>();

        var codeTaken = await importer.ImportAsync(scenario, taken.Code, CancellationToken.None);
        var unitRefused = await importer.ImportAsync(badUnit, "kukar-uji", CancellationToken.None);

        Assert.Equal("tenant", Assert.Single(codeTaken.Problems).Where);
        Assert.Equal("units[2].id", Assert.Single(unitRefused.Problems).Where);
        Assert.False(await scope.Db.Tenants.AnyAsync(x => x.Code == "kukar-uji"));
    }

    public sealed class OnSqlite(SqliteFixture db) : ScenarioImportTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ScenarioImportTests(db), IClassFixture<PostgresFixture>;
}
