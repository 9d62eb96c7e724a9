using Microsoft.Extensions.Options;
using Sikerja.Web.Features.Notifications;

namespace Sikerja.Web.Features.Schedule;

/// <summary>
/// The calendar subscription itself, <c>/feeds/schedule/{token}.ics</c>: no cookie and no sign-in, the secret token
/// is the key. Any token that opens nothing gets the same bare 404.
/// </summary>
public static class ScheduleFeedEndpoint
{
    public const string PathPrefix = "/feeds/schedule/";

    /// <summary>How far back and ahead the feed reaches.</summary>
    public const int DaysBack = 56;
    public const int DaysAhead = 366;

    public static IEndpointRouteBuilder MapScheduleFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(PathPrefix + "{token}.ics", FeedAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>The address of a feed: under the configured public address, else the one the request came to.</summary>
    public static string UrlFor(HttpRequest request, IOptions<NotificationOptions> options, string token)
    {
        var site = options.Value.PublicUrl?.AbsoluteUri.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
        return $"{site}{PathPrefix}{token}.ics";
    }

    private static async Task<IResult> FeedAsync(string token, IServiceScopeFactory scopes, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        // A scope of its own: the token alone decides the tenant, whoever may be signed in in the same browser.
        await using var scope = scopes.CreateAsyncScope();
        var feeds = scope.ServiceProvider.GetRequiredService<ScheduleFeeds>();
        var query = scope.ServiceProvider.GetRequiredService<ScheduleQuery>();
        var feed = await feeds.OpenAsync(token, ct);
        if (feed is null)
        {
            return Results.NotFound();
        }
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var range = await query.RangeAsync(feed.EmployeeId, today.AddDays(-DaysBack), today.AddDays(DaysAhead), ct);
        response.Headers.CacheControl = "private, max-age=900";
        return Results.Text(ScheduleCalendar.Write(range, time.GetUtcNow().UtcDateTime), "text/calendar; charset=utf-8");
    }
}
