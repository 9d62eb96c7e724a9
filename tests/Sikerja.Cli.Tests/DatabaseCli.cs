using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sikerja.Cli.Roster;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Hosting;

namespace Sikerja.Cli.Tests;

/// <summary>
/// The database verbs of <c>sikerja</c> run in-process on a test database: each run builds its host as CliHost does,
/// over the fixture's database, with the test's clock when it sets one; what the verb prints is kept.
/// </summary>
internal sealed class DatabaseCli(DatabaseFixture db) : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("sikerja-cli-db-");

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public TimeProvider? Clock { get; set; }

    public string PathOf(string name) => Path.Combine(folder.FullName, name);

    public Task<int> RunAsync(params string[] args)
    {
        (Out.GetStringBuilder().Length, Error.GetStringBuilder().Length) = (0, 0);
        var console = new CliConsole(() => Stream.Null, Out, Error);
        var root = new RootCommand { ReportCommands.Reports(console, Host), TravelCommands.Travel(console, Host) };
        return CliRunner.RunAsync(root, args);
    }

    private IHost Host()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder.FullName });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = db.Provider == Sikerja.Data.DatabaseProvider.Postgres ? db.ConnectionString : "",
            ["ConnectionStrings:Sqlite"] = db.Provider == Sikerja.Data.DatabaseProvider.Sqlite ? db.ConnectionString : "",
        });
        builder.Services.AddSikerjaCore(builder.Configuration, folder.FullName);
        if (Clock is { } clock)
        {
            builder.Services.AddSingleton(clock);
        }
        return builder.Build();
    }

    public void Dispose()
    {
        folder.Delete(recursive: true);
        Out.Dispose();
        Error.Dispose();
    }
}
