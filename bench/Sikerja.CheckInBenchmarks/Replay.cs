using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Sikerja.CheckInBenchmarks;

/// <summary>
/// Sends every check-in a wrk run sent (its <c>sent-*.tsv</c> files: token line, body) once more, as phones retrying
/// after a lost answer would: each must come back 200 with the stored receipt (<c>"duplicate":true</c>) and nothing new
/// may be stored. Prints one <c>REPLAY</c> line of counts.
/// </summary>
internal static class Replay
{
    public static async Task<int> RunAsync(Uri server, FileInfo tokensFile, DirectoryInfo logs, int parallel, CancellationToken ct)
    {
        var tokens = (await File.ReadAllLinesAsync(tokensFile.FullName, ct)).Select(l => l.Split('\t')[1]).ToArray();
        var sent = logs.GetFiles("sent-*.tsv")
            .SelectMany(f => File.ReadLines(f.FullName))
            .Select(l => l.Split('\t', 2))
            .Where(p => p.Length == 2)
            .Select(p => (Token: tokens[int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture) - 1], Body: p[1]))
            .ToList();
        var statuses = new ConcurrentDictionary<string, int>();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = parallel }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var timer = Stopwatch.StartNew();
        await Parallel.ForEachAsync(sent, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct }, async (item, token) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/attendance/check-ins")
            {
                Content = new StringContent(item.Body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", item.Token);
            using var response = await http.SendAsync(request, token);
            var body = await response.Content.ReadAsStringAsync(token);
            var key = response.StatusCode == HttpStatusCode.OK && body.Contains("\"duplicate\":true", StringComparison.Ordinal)
                ? "duplicate"
                : response.StatusCode == HttpStatusCode.Created ? "created" : $"status{(int)response.StatusCode}";
            statuses.AddOrUpdate(key, 1, (_, n) => n + 1);
        });
        var others = statuses.Where(s => s.Key is not ("duplicate" or "created")).Sum(s => s.Value);
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"REPLAY seconds={timer.Elapsed.TotalSeconds:0.000} sent={sent.Count} duplicate={statuses.GetValueOrDefault("duplicate")} " +
            $"created={statuses.GetValueOrDefault("created")} other={others} statuses={string.Join(",", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}:{s.Value}"))}"));
        return 0;
    }
}
