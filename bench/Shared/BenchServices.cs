using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Web.Hosting;

namespace Sikerja.Bench;

/// <summary>Sikerja's services over the benchmark's PostgreSQL database, as the command line has them.</summary>
internal static class BenchServices
{
    public static ServiceProvider Over(string postgres)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = postgres })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSikerjaCore(configuration, Path.GetTempPath());
        return services.BuildServiceProvider(validateScopes: true);
    }
}
