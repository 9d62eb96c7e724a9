using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Data.Tenancy;

namespace Sikerja.Benchmarks;

/// <summary>
/// The organisation and people pages and their API, requested over HTTP from the web host running as its own
/// process, as a tenant admin (the whole tenant) and as the head of the largest agency (everyone below them
/// through the reporting lines). Each request is warmed up, then timed; the server's own time is read from its
/// <c>Server-Timing</c> header.
/// </summary>
internal sealed class PageBenchmark(BenchDatabase database, BenchTenant tenant, RegencyWorkbook workbook, string webDll, int requests)
{
    public const double ServerTargetMs = 100;
    public const int BodyTargetBytes = 60_000;
    private const int WarmUp = 20;

    public async Task<IReadOnlyList<PageFigure>> RunAsync()
    {
        var (agencyId, employeeId) = await IdsAsync();
        var supervisor = await tenant.EmployeeAccountAsync(database, workbook.LargestAgencyHeadNip);
        Progress.Say($"{database.Name}: starting the web host");
        await using var host = await WebHostProcess.StartAsync(webDll, database);
        var fragment = Uri.EscapeDataString(workbook.CommonNameFragment);
        var nip = workbook.SampleEmployeeNip;
        (string Request, string Path, bool Api, bool WholeTenantOnly)[] cases =
        [
            ("/Organisation (top level)", "Organisation", false, true),
            ($"/Organisation/{{{workbook.LargestAgencyCode}}}", $"Organisation/{agencyId}", false, true),
            ("/People (first page)", "People", false, false),
            ($"/People?q={workbook.CommonNameFragment}", $"People?q={fragment}", false, false),
            ("/People?q={NIP}", $"People?q={nip}", false, false),
            ("/People/Detail/{staff member}", $"People/Detail/{employeeId}", false, false),
            ("/api/v1/units/tree", "api/v1/units/tree", true, true),
            ($"/api/v1/employees?q={workbook.CommonNameFragment}", $"api/v1/employees?q={fragment}", true, false),
        ];
        var figures = new List<PageFigure>();
        foreach (var (caller, userName, wholeTenant) in new[]
        {
            ("tenant admin", tenant.AdminUserName, true),
            ($"head of {workbook.LargestAgencyCode}", supervisor, false),
        })
        {
            using var cookie = await Sessions.CookieAsync(host.BaseAddress, userName, BenchTenant.Password);
            using var bearer = await Sessions.BearerAsync(host.BaseAddress, userName, BenchTenant.Password);
            foreach (var (request, path, api, wholeTenantOnly) in cases.Where(c => wholeTenant || !c.WholeTenantOnly))
            {
                Progress.Say($"{database.Name}: {caller}: {request}");
                figures.Add(await MeasureAsync(api ? bearer : cookie, path, caller, request));
            }
        }
        return figures;
    }

    private async Task<(Guid Agency, Guid Employee)> IdsAsync()
    {
        await using var scope = database.NewScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant.Id);
        var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
        var agency = await db.OrgUnits.Where(u => u.Code == workbook.LargestAgencyCode).Select(u => u.Id).SingleAsync();
        var employee = await db.Employees.Where(e => e.Nip == workbook.SampleEmployeeNip).Select(e => e.Id).SingleAsync();
        return (agency, employee);
    }

    private async Task<PageFigure> MeasureAsync(HttpClient client, string path, string caller, string request)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await GetAsync(client, path);
        }
        var server = new List<double>(requests);
        var elapsed = new List<double>(requests);
        byte[] body = [];
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            (body, var serverMs) = await GetAsync(client, path);
            elapsed.Add(clock.Elapsed.TotalMilliseconds);
            server.Add(serverMs);
        }
        return new PageFigure(database.Name, caller, request,
            Statistics.Median(server), Statistics.Percentile(server, 95), server.Max(), Statistics.Median(elapsed), body.Length, GzipLength(body));
    }

    private static async Task<(byte[] Body, double ServerMs)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /{path}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        var timing = response.Headers.TryGetValues("Server-Timing", out var values) ? values.First() : "";
        var duration = timing.Split(';').FirstOrDefault(p => p.StartsWith("dur=", StringComparison.Ordinal));
        if (duration is null)
        {
            throw new InvalidOperationException($"GET /{path}: no Server-Timing duration ('{timing}')");
        }
        return (body, double.Parse(duration[4..], CultureInfo.InvariantCulture));
    }

    private static int GzipLength(byte[] body)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }
        return (int)compressed.Length;
    }
}

internal sealed record PageFigure(
    string Database, string Caller, string Request, double ServerMedian, double ServerP95, double ServerMax, double ClientMedian, int Bytes, int GzipBytes)
{
    public bool Passes => ServerP95 < PageBenchmark.ServerTargetMs && Bytes < PageBenchmark.BodyTargetBytes;
}
