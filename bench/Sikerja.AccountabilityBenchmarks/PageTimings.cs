using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sikerja.AccountabilityBenchmarks;

/// <summary>One page to time: a name for the report, whose page it is (an account's role), and its address.</summary>
internal sealed record PagePlan(string Name, string Role, string Path);

/// <summary>
/// Times pages as their users open them: signed in with a bearer token (POST /api/v1/auth/token; pages accept it as
/// they accept the cookie), warmed up, then requested one after another. The server's own time is read from the
/// <c>Server-Timing: app;dur=</c> header, so the network and this client do not count; the weight is the body as
/// sent without <c>Accept-Encoding</c>, and one more request with it shows whether the server compresses.
/// Writes one tab-separated line per page to standard output.
/// </summary>
internal static class PageTimings
{
    public const string Columns = "name\tpath\trequests\tok\tstatus\tmedian_ms\tp95_ms\tmax_ms\tclient_median_ms\tbytes\tencoding\tencoded_bytes";

    public static async Task<int> RunAsync(Uri server, IReadOnlyDictionary<string, string> userOfRole, IReadOnlyList<PagePlan> plan, int requests, int warmup, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false })
        {
            BaseAddress = server, Timeout = TimeSpan.FromSeconds(60),
        };
        var tokens = new Dictionary<string, string>();
        foreach (var role in plan.Select(p => p.Role).Distinct())
        {
            tokens[role] = await SignInAsync(http, userOfRole.TryGetValue(role, out var user) ? user : throw new InvalidOperationException($"no account for role '{role}'"), ct);
        }
        Console.WriteLine(Columns);
        foreach (var page in plan)
        {
            for (var i = 0; i < warmup; i++)
            {
                await GetAsync(http, page.Path, tokens[page.Role], compressed: false, ct);
            }
            var samples = new List<Sample>(requests);
            for (var i = 0; i < requests; i++)
            {
                samples.Add(await GetAsync(http, page.Path, tokens[page.Role], compressed: false, ct));
            }
            var encoded = await GetAsync(http, page.Path, tokens[page.Role], compressed: true, ct);
            var ok = samples.Count(s => s.Status == 200);
            var serverTimes = samples.Select(s => s.ServerMs).Order().ToList();
            var client = samples.Select(s => s.ClientMs).Order().ToList();
            var statuses = string.Join(",", samples.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}x{g.Count()}"));
            Console.WriteLine(string.Join('\t',
                page.Name, page.Path, requests.ToString(CultureInfo.InvariantCulture), ok.ToString(CultureInfo.InvariantCulture), statuses,
                Ms(Percentile(serverTimes, 0.50)), Ms(Percentile(serverTimes, 0.95)), Ms(serverTimes[^1]), Ms(Percentile(client, 0.50)),
                samples.Max(s => s.Bytes).ToString(CultureInfo.InvariantCulture), encoded.Encoding ?? "none",
                encoded.Bytes.ToString(CultureInfo.InvariantCulture)));
            Progress.Say($"{page.Name}: {statuses}, server median {Ms(Percentile(serverTimes, 0.50))} ms, p95 {Ms(Percentile(serverTimes, 0.95))} ms, {samples.Max(s => s.Bytes)} bytes");
        }
        return 0;
    }

    private sealed record Sample(int Status, double ServerMs, double ClientMs, long Bytes, string? Encoding);

    private static async Task<Sample> GetAsync(HttpClient http, string path, string token, bool compressed, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (compressed)
        {
            request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        }
        var timer = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var clientMs = timer.Elapsed.TotalMilliseconds;
        var serverMs = response.Headers.TryGetValues("Server-Timing", out var values) ? ServerDuration(values) : double.NaN;
        return new Sample((int)response.StatusCode, serverMs, clientMs, body.LongLength, response.Content.Headers.ContentEncoding.FirstOrDefault());
    }

    /// <summary>The milliseconds of "app;dur=12.3".</summary>
    private static double ServerDuration(IEnumerable<string> values)
    {
        foreach (var part in values.SelectMany(v => v.Split([',', ';'], StringSplitOptions.TrimEntries)))
        {
            if (part.StartsWith("dur=", StringComparison.Ordinal) && double.TryParse(part[4..], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                return ms;
            }
        }
        return double.NaN;
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);

    private static async Task<string> SignInAsync(HttpClient http, string userName, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("api/v1/auth/token", new { userName, password = BenchTenant.Password }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"sign-in of {userName}: {(int)response.StatusCode} {body}");
        }
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }
}
