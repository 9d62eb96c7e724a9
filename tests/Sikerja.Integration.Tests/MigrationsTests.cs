using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sikerja.Data;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Integration.Tests;

/// <summary>Every model change must come with a migration for each provider; data migrations do what they say.</summary>
public abstract class MigrationsTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task The_model_has_no_changes_without_a_migration()
    {
        await using var scope = Db.NewScope();
        Assert.False(scope.Db.Database.HasPendingModelChanges(), $"{Db.Provider}: add a migration (see README).");
    }

    [Fact]
    public async Task SearchKeyLowerCase_lower_cases_the_employee_numbers_in_stored_search_keys()
    {
        var t = await NewTenantAsync();
        var unit = await t.UnitAsync("satpolpp", OrgUnitType.Agency);
        var employee = await t.EmployeeAsync(unit, PositionLevel.Staff, name: "Joko Susanto", employment: Employment.NonAsn);
        await using var scope = Db.NewScope();
        var migrator = scope.Db.GetService<IMigrator>();
        await migrator.MigrateAsync("Foundation");
        // As the earlier code stored it: the name lower-cased, the number as typed.
        await scope.Db.Database.ExecuteSqlAsync($"""UPDATE "Employees" SET "Nip" = 'NA-000007', "SearchKey" = 'joko susanto NA-000007' WHERE "Id" = {employee.Id}""");

        await migrator.MigrateAsync();

        var key = await scope.Db.Employees.IgnoreQueryFilters().Where(e => e.Id == employee.Id).Select(e => EF.Property<string>(e, SearchKey.Column)).SingleAsync();
        Assert.Equal("joko susanto na-000007", key);
    }

    public sealed class OnSqlite(SqliteFixture db) : MigrationsTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : MigrationsTests(db), IClassFixture<PostgresFixture>;
}
