namespace Sikerja.Integration.Tests.Infrastructure;

/// <summary>
/// Each test class derives twice: once per provider, with its fixture as class fixture, e.g.
/// <c>public sealed class OnSqlite(SqliteFixture db) : EmployeeServiceTests(db), IClassFixture&lt;SqliteFixture&gt;;</c>.
/// </summary>
public abstract class DatabaseTest(DatabaseFixture db)
{
    protected DatabaseFixture Db { get; } = db;

    protected Task<TestTenant> NewTenantAsync(string? code = null) => TestTenant.CreateAsync(Db, code);

    protected async Task<TestScope> AsAsync(Guid userId) => await Db.NewScope().AsAsync(userId);

    protected async Task<Guid> SystemAdminAsync() => (await TestAccounts.SystemAdminAsync(Db)).Id;
}
