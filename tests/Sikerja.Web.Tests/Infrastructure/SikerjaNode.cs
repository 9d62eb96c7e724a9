using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Infrastructure;

/// <summary>
/// One web node of Sikerja served by Kestrel on a free loopback port, over a test database. Several nodes may
/// share one database, as in production.
/// </summary>
public sealed class SikerjaNode : WebApplicationFactory<Program>
{
    private readonly DatabaseFixture _database;
    private readonly TimeProvider? _clock;

    /// <param name="clock">The node's clock in place of the system's, for tests that move time.</param>
    public SikerjaNode(DatabaseFixture database, TimeProvider? clock = null)
    {
        _database = database;
        _clock = clock;
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The node's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{_database.Provider}", _database.ConnectionString);
        builder.UseSetting("Sikerja:SeedDemoWhenEmpty", "false");
        builder.UseSetting("Sikerja:MigrateOnStart", "false");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        if (_clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>An HTTP client to this node that keeps cookies and does not follow redirects.</summary>
    public HttpClient NewClient(CookieContainerHolder? cookies = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = (cookies ?? new CookieContainerHolder()).Container };
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }
}

/// <summary>A cookie jar that can be carried from one node to another, as a browser behind a load balancer would.</summary>
public sealed class CookieContainerHolder
{
    public System.Net.CookieContainer Container { get; } = new();
}
