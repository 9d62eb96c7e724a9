using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Schedule;

public static class ScheduleApi
{
    public sealed record ShiftDto(string Code, TimeOnly Start, TimeOnly End);

    /// <summary>One day of the caller's schedule; shift times are in the tenant's zone (<c>timeZone</c>).</summary>
    public sealed record ScheduleDayDto(
        DateOnly Date, ScheduleDayKind Kind, string? Reason, string? Unit, string? Office, IReadOnlyList<ShiftDto> Shifts,
        string? Cause, string? Holiday, string? Policy)
    {
        public static ScheduleDayDto From(ScheduleDay d) => new(
            d.Date, d.Kind, d.Reason?.ToString(), d.UnitName, d.OfficeAddress, [.. d.ShiftList.Select(s => new ShiftDto(s.Code, s.Start, s.End))],
            d.Cause?.ToString(), d.HolidayName, d.PolicyNumber);
    }

    public sealed record ScheduleDto(string TimeZone, DateOnly Today, IReadOnlyList<ScheduleDayDto> Days);

    public sealed record FeedDto(bool Exists, DateTime? CreatedAt);

    /// <summary>A subscription just made: <c>url</c> is shown this once.</summary>
    public sealed record NewFeedDto(string Url, DateTime CreatedAt);

    public static RouteGroupBuilder MapScheduleApi(this RouteGroupBuilder api)
    {
        var schedule = api.MapGroup("/schedule").WithTags("Schedule");
        schedule.MapGet("/", GetAsync)
            .WithSummary("The caller's own schedule from the published rosters, every date from..to (default: 4 weeks back to 31 days ahead).");
        schedule.MapGet("/feed", FeedAsync).WithSummary("Whether the caller has a calendar subscription, and since when.");
        schedule.MapPost("/feed", CreateFeedAsync)
            .WithSummary("Makes the caller's iCalendar subscription address (shown once); a new one ends the old address.");
        schedule.MapDelete("/feed", RevokeFeedAsync).WithSummary("Ends the caller's calendar subscription (nothing to do when there is none).");
        return api;
    }

    private static async Task<Results<Ok<ScheduleDto>, ValidationProblem, NotFound, ForbidHttpResult>> GetAsync(
        ScheduleQuery query, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct)
    {
        var today = await query.TodayAsync(ct) ?? DateOnly.MinValue;
        var (defaultFrom, defaultTo) = ScheduleOverview.RangeAround(today);
        return (await query.MineAsync(from ?? defaultFrom, to ?? defaultTo, ct))
            .ToHttp(r => new ScheduleDto(r.TimeZoneId, r.Today, [.. r.Days.Select(ScheduleDayDto.From)]));
    }

    private static async Task<Results<Ok<FeedDto>, ValidationProblem, NotFound, ForbidHttpResult>> FeedAsync(ScheduleFeeds feeds, CancellationToken ct) =>
        (await feeds.MineAsync(ct)).ToHttp(f => new FeedDto(f is not null, f?.CreatedAt));

    private static async Task<Results<Ok<NewFeedDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateFeedAsync(
        ScheduleFeeds feeds, HttpRequest request, IOptions<NotificationOptions> options, CancellationToken ct) =>
        (await feeds.CreateAsync(ct)).ToHttp(f => new NewFeedDto(ScheduleFeedEndpoint.UrlFor(request, options, f.Token), f.CreatedAt));

    private static async Task<Results<Ok<FeedDto>, ValidationProblem, NotFound, ForbidHttpResult>> RevokeFeedAsync(ScheduleFeeds feeds, CancellationToken ct) =>
        (await feeds.RevokeAsync(ct)).ToHttp(_ => new FeedDto(false, null));
}
