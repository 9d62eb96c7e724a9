using Microsoft.EntityFrameworkCore;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Integration.Tests;

/// <summary>Every model change must come with a migration for each provider.</summary>
public abstract class MigrationsTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task The_model_has_no_changes_without_a_migration()
    {
        await using var scope = Db.NewScope();
        Assert.False(scope.Db.Database.HasPendingModelChanges(), $"{Db.Provider}: add a migration (see README).");
    }

    public sealed class OnSqlite(SqliteFixture db) : MigrationsTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : MigrationsTests(db), IClassFixture<PostgresFixture>;
}
