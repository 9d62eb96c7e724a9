using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Organisation;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Integration.Tests.Tenants;

/// <summary>Contexts are pooled: an instance that served one tenant serves the next scope with that scope's tenant only.</summary>
public abstract class PooledContextTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task A_reused_context_forgets_the_tenant_of_its_last_scope()
    {
        var first = await NewTenantAsync();
        var second = await NewTenantAsync();
        await first.UnitAsync("dinkes", OrgUnitType.Agency);
        await second.UnitAsync("disdik", OrgUnitType.Agency);

        object served;
        await using (var scope = Db.NewScope().InTenant(first.Id))
        {
            Assert.Equal(["dinkes"], await scope.Db.OrgUnits.Select(u => u.Code).ToListAsync());
            served = scope.Db;
        }

        await using (var unbound = Db.NewScope())
        {
            Assert.Same(served, unbound.Db);
            Assert.Empty(await unbound.Db.OrgUnits.ToListAsync());
            Assert.Null(unbound.Db.CurrentTenantId);
        }

        await using (var scope = Db.NewScope().InTenant(second.Id))
        {
            Assert.Same(served, scope.Db);
            Assert.Equal(["disdik"], await scope.Db.OrgUnits.Select(u => u.Code).ToListAsync());
        }
    }

    [Fact]
    public async Task A_reused_context_detects_changes_again_after_a_writer_turned_that_off()
    {
        object served;
        await using (var scope = Db.NewScope())
        {
            scope.Db.ChangeTracker.AutoDetectChangesEnabled = false;
            served = scope.Db;
        }

        await using var next = Db.NewScope();
        Assert.Same(served, next.Db);
        Assert.True(next.Db.ChangeTracker.AutoDetectChangesEnabled);
    }

    public sealed class OnSqlite(SqliteFixture db) : PooledContextTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : PooledContextTests(db), IClassFixture<PostgresFixture>;
}
