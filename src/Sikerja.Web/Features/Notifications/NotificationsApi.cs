using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Data.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Notifications;

public static class NotificationsApi
{
    public sealed record NotificationDto(Guid Id, string Title, string Text, string? Link, DateTime CreatedAt, DateTime? ReadAt)
    {
        public static NotificationDto From(Notification n) => new(n.Id, n.Title, n.Text, n.Link, n.CreatedAt, n.ReadAt);
    }

    public sealed record NotificationPageDto(IReadOnlyList<NotificationDto> Items, int Total, int Unread, int Page, int PageSize);

    public sealed record MarkedDto(int Marked);

    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", ListAsync)
            .WithSummary("The caller's notifications, newest first (30 a page), with the unread count; unread=true lists only those.");
        notifications.MapPost("/{id:guid}/read", MarkReadAsync).WithSummary("Marks one of the caller's notifications read.");
        notifications.MapPost("/read", MarkAllReadAsync).WithSummary("Marks all of the caller's notifications read.");
        return api;
    }

    private static async Task<Results<Ok<NotificationPageDto>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        NotificationInbox inbox, [FromQuery] int? page, [FromQuery] bool? unread, CancellationToken ct) =>
        (await inbox.PageAsync(page ?? 1, unread == true, ct))
            .ToHttp(p => new NotificationPageDto([.. p.Items.Select(NotificationDto.From)], p.Total, p.Unread, p.Page, p.PageSize));

    private static async Task<Results<Ok<NotificationDto>, ValidationProblem, NotFound, ForbidHttpResult>> MarkReadAsync(
        Guid id, NotificationInbox inbox, CancellationToken ct) =>
        (await inbox.MarkReadAsync(id, ct)).ToHttp(NotificationDto.From);

    private static async Task<Results<Ok<MarkedDto>, ValidationProblem, NotFound, ForbidHttpResult>> MarkAllReadAsync(
        NotificationInbox inbox, CancellationToken ct) =>
        (await inbox.MarkAllReadAsync(ct)).ToHttp(n => new MarkedDto(n));
}
