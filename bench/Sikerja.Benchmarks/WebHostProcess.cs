using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Sikerja.Data;

namespace Sikerja.Benchmarks;

/// <summary>
/// The built web host run as its own process, as in production, on a free loopback port over the benchmark's
/// database: no migration and no demo seed at start. Its log is kept in memory to explain a failed start.
/// </summary>
internal sealed class WebHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _log = new();

    private WebHostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<WebHostProcess> StartAsync(string webDll, BenchDatabase database)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [webDll])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Postgres"] = database.Provider == DatabaseProvider.Postgres ? database.ConnectionString : "";
        start.Environment["ConnectionStrings__Sqlite"] = database.Provider == DatabaseProvider.Sqlite ? database.ConnectionString : "";
        start.Environment["Sikerja__SeedDemoWhenEmpty"] = "false";
        start.Environment["Sikerja__MigrateOnStart"] = "false";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {webDll}");
        var host = new WebHostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilHealthyAsync();
        return host;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the web host exited ({_process.ExitCode}):\n{Log}");
            }
            try
            {
                using var response = await client.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the web host did not answer /health within 90 s:\n{Log}");
    }

    private string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Enqueue(line);
            if (_log.Count > 40)
            {
                _log.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
