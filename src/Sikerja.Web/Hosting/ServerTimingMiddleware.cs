using System.Diagnostics;
using System.Globalization;

namespace Sikerja.Web.Hosting;

/// <summary>
/// Adds a <c>Server-Timing: app;dur=…</c> header (milliseconds) to every response, so that browsers' developer
/// tools and the benchmarks see how long the server itself took, apart from the network.
/// </summary>
internal sealed class ServerTimingMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={ms:0.0}");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
