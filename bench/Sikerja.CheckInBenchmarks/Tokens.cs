using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sikerja.CheckInBenchmarks;

/// <summary>
/// Bearer tokens for the benchmark's accounts, through <c>POST /api/v1/auth/token</c> as the phone app gets them.
/// Password hashing is slow on purpose, so they are fetched in parallel and kept in a file between runs: a token
/// lives 12 hours and is read by any node, since the keys are in the database.
/// </summary>
internal static class Tokens
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(10);

    /// <summary>Reuses <paramref name="file"/> when it holds a token for every user, is recent and still accepted.</summary>
    public static async Task EnsureAsync(Uri server, IReadOnlyList<string> userNames, string password, FileInfo file, int parallel, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        if (file.Exists && DateTime.UtcNow - file.LastWriteTimeUtc < KeptFor)
        {
            var kept = (await File.ReadAllLinesAsync(file.FullName, ct)).Select(l => l.Split('\t')).Where(p => p.Length == 2).ToList();
            if (kept.Select(p => p[0]).SequenceEqual(userNames) && await AcceptedAsync(http, kept[0][1], ct))
            {
                Progress.Say($"{kept.Count} tokens reused from {file.Name}");
                return;
            }
        }
        var timer = Stopwatch.StartNew();
        var tokens = new string[userNames.Count];
        await Parallel.ForAsync(0, userNames.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct }, async (i, token) =>
        {
            using var response = await http.PostAsJsonAsync("api/v1/auth/token", new { userName = userNames[i], password }, token);
            var body = await response.Content.ReadAsStringAsync(token);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"sign-in of {userNames[i]}: {(int)response.StatusCode} {body}");
            }
            using var json = JsonDocument.Parse(body);
            tokens[i] = json.RootElement.GetProperty("accessToken").GetString()!;
        });
        await File.WriteAllLinesAsync(file.FullName, userNames.Select((u, i) => $"{u}\t{tokens[i]}"), ct);
        Progress.Say($"{tokens.Length} tokens in {timer.Elapsed.TotalSeconds:0.0} s ({tokens.Length / timer.Elapsed.TotalSeconds:0} sign-ins/s)");
    }

    private static async Task<bool> AcceptedAsync(HttpClient http, string token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/schedule");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        return response.IsSuccessStatusCode;
    }
}
