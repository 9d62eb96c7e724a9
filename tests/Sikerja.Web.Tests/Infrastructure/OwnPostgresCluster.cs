using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Sikerja.Data;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of the test's own (initdb into a temporary folder, a free loopback port), so that the test
/// may stop and start it: the shared test server must stay up for everyone else. Runs the server binaries as the
/// <c>postgres</c> user when the tests run as root.
/// </summary>
public sealed class OwnPostgresCluster : DatabaseFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sikerja-own-pg-{Guid.NewGuid():N}");
    private readonly string _bin = Directory.GetDirectories("/usr/lib/postgresql")
        .Select(d => Path.Combine(d, "bin"))
        .Where(d => File.Exists(Path.Combine(d, "initdb")))
        .OrderBy(d => int.Parse(Path.GetFileName(Path.GetDirectoryName(d)!), System.Globalization.CultureInfo.InvariantCulture))
        .LastOrDefault() ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql");
    private int _port;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    private string DataFolder => Path.Combine(_folder, "data");

    protected override async Task<string> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_folder);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", "postgres", _folder);
        }
        await RunServerToolAsync("initdb", "-D", DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        _port = FreePort();
        await StartAsync();
        return new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = "postgres", Database = "postgres" }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunServerToolAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    public Task StartAsync() => RunServerToolAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "log"), "-w",
        "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    /// <summary>Stops the server as an administrator would before maintenance: open sessions are ended.</summary>
    public Task StopAsync() => RunServerToolAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "stop");

    private Task RunServerToolAsync(string tool, params string[] arguments) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await errors}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
