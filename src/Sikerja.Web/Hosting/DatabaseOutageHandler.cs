using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Sikerja.Web.Hosting;

/// <summary>
/// Answers a request that failed because the database is unreachable with 503 and Retry-After, at once and
/// without a stack trace: a ProblemDetails body for the API, a short Indonesian page otherwise (rendered
/// without the layout, which would need the database). Npgsql does not drop the pooled connections a
/// PostgreSQL restart has broken, so the pools are cleared (at most once a second): after the restart new
/// connections are opened instead of each broken one failing one more request.
/// </summary>
internal sealed partial class DatabaseOutageHandler(IProblemDetailsService problems, TimeProvider time, ILogger<DatabaseOutageHandler> logger)
    : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    private static long _lastClearedAt = long.MinValue;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.IsOutage(exception) || context.Response.HasStarted)
        {
            return false;
        }
        ClearBrokenConnections(exception);
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Layanan sementara tidak tersedia",
                    Detail = $"Basis data tidak dapat dihubungi; tidak ada yang tersimpan. Kirim ulang setelah {RetryAfterSeconds} detik.",
                },
            });
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page, cancellationToken);
        return true;
    }

    private void ClearBrokenConnections(Exception exception)
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastClearedAt);
        if (last != long.MinValue && time.GetElapsedTime(last, now) < TimeSpan.FromSeconds(1)
            || Interlocked.CompareExchange(ref _lastClearedAt, now, last) != last)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        DatabaseUnreachable(logger, exception.GetType().Name, exception.GetBaseException().Message, Activity.Current?.TraceId.ToString());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unreachable ({Type}: {Reason}); answering 503, connection pools cleared (trace {TraceId})")]
    private static partial void DatabaseUnreachable(ILogger logger, string type, string reason, string? traceId);

    private const string Page = """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Layanan sementara tidak tersedia — Sikerja</title>
        <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <main>
        <section class="card narrow">
        <h1>Layanan sementara tidak tersedia</h1>
        <p>Basis data Sikerja tidak dapat dihubungi saat ini. Tidak ada data yang berubah. Silakan muat ulang halaman ini dalam beberapa saat.</p>
        </section>
        </main>
        </body>
        </html>
        """;
}
