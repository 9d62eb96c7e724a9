using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Web.Hosting;

namespace Sikerja.Integration.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database and Sikerja's services over it. One per test class; subclasses say which provider.
/// </summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    public abstract DatabaseProvider Provider { get; }

    public string ConnectionString { get; private set; } = "";

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Fixture not initialised.");

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{Provider}"] = ConnectionString,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSikerjaCore(configuration, Path.GetTempPath());
        _services = services.BuildServiceProvider(validateScopes: true);
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SikerjaDbContext>().Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        await DropDatabaseAsync();
    }

    /// <summary>A unit of work as one caller would have it (see <see cref="TestScope.AsAsync"/>).</summary>
    public TestScope NewScope() => new(Services.CreateAsyncScope());
}
