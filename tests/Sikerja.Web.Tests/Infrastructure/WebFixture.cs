using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Infrastructure;

/// <summary>A migrated test database of kind <typeparamref name="TDatabase"/> and one web node serving it.</summary>
public class WebFixture<TDatabase> : IAsyncLifetime where TDatabase : DatabaseFixture, new()
{
    public TDatabase Database { get; } = new();

    public SikerjaNode Node { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Node = new SikerjaNode(Database, NodeClock);
    }

    /// <summary>The node's clock; null keeps the system's.</summary>
    protected virtual TimeProvider? NodeClock => null;

    public virtual async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        await Database.DisposeAsync();
    }

    public Task<TestTenant> NewTenantAsync(string? code = null) => TestTenant.CreateAsync(Database, code);

    /// <summary>Signs in through the API as a program would and returns a client that sends the bearer token.</summary>
    public Task<HttpClient> ApiClientAsync(string userName, string password) => ApiSession.SignInAsync(Node, userName, password);
}

public sealed class SqliteWebFixture : WebFixture<SqliteFixture>;

public sealed class PostgresWebFixture : WebFixture<PostgresFixture>;
