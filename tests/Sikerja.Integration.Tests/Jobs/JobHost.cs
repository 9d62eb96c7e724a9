using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sikerja.Data;
using Sikerja.Data.Jobs;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Hosting;
using Sikerja.Web.Hosting.Jobs;

namespace Sikerja.Integration.Tests.Jobs;

/// <summary>
/// The web host's background services over a test database, with a clock the test moves and every log event
/// recorded; runners are made by hand, as many as the test wants nodes.
/// </summary>
public sealed class JobHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public JobHost(DatabaseFixture db, Action<IServiceCollection> jobs)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{db.Provider}"] = db.ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSikerjaCore(configuration, Path.GetTempPath());
        services.AddBackgroundJobs();
        services.AddSingleton<TimeProvider>(Time);
        jobs(services);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

    public LogRecorder Logs { get; } = new();

    public IServiceProvider Services => _services;

    public BackgroundJobRunner NewRunner() => new(
        _services.GetRequiredService<IServiceScopeFactory>(),
        _services.GetServices<ScheduledJob>(),
        Time,
        _services.GetRequiredService<ILogger<BackgroundJobRunner>>());

    public async Task<JobLease?> LeaseAsync(string name)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SikerjaDbContext>().JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name);
    }

    /// <summary>Forgets every lease, so that a test starts with no job ever run.</summary>
    public async Task ClearLeasesAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SikerjaDbContext>().JobLeases.ExecuteDeleteAsync();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
