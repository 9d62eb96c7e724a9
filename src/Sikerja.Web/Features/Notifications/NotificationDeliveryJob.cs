using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sikerja.Data;
using Sikerja.Data.Notifications;
using Sikerja.Web.Hosting.Jobs;

namespace Sikerja.Web.Features.Notifications;

/// <summary>
/// Sends the outbox (<see cref="NotificationDelivery"/>) of every tenant through its channels, on one node at a time.
/// Each message is marked sent as soon as it is handed over; a failure is tried again later with a growing pause,
/// and given up after <see cref="MaxAttempts"/>. Finished rows hold addresses and go after <see cref="KeptFor"/>.
/// </summary>
public sealed partial class NotificationDeliveryJob(
    SikerjaDbContext db,
    IEnumerable<INotificationChannel> channels,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<NotificationDeliveryJob> log) : IBackgroundJob
{
    public const int MaxAttempts = 10;

    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    /// <summary>A run stops taking new messages after this long, well inside the job's lease.</summary>
    public static readonly TimeSpan RunFor = TimeSpan.FromMinutes(5);

    private const int BatchSize = 200;

    public static string Name => "notification-delivery";

    public static TimeSpan Interval => TimeSpan.FromMinutes(1);

    /// <summary>The pause after the <paramref name="attempts"/>-th failure: 1, 2, 4 … minutes, at most 4 hours.</summary>
    public static TimeSpan RetryAfter(int attempts) => TimeSpan.FromMinutes(Math.Min(240, 1 << Math.Min(attempts - 1, 8)));

    public async Task RunAsync(CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var byName = channels.ToDictionary(c => c.Name);
        var now = Now;
        var due = await db.NotificationDeliveries.IgnoreQueryFilters()
            .Where(d => d.SentAt == null && d.GaveUpAt == null && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(BatchSize)
            .Join(db.Notifications.IgnoreQueryFilters(), d => d.NotificationId, n => n.Id, (d, n) => new { Delivery = d, n.Title, n.Text, n.Link })
            .ToListAsync(ct);
        int sent = 0, failed = 0;
        foreach (var item in due)
        {
            if (time.GetElapsedTime(started) > RunFor)
            {
                break;
            }
            var delivery = item.Delivery;
            try
            {
                if (!byName.TryGetValue(delivery.Channel, out var channel) || !channel.IsEnabled)
                {
                    throw new InvalidOperationException($"Channel '{delivery.Channel}' is not configured.");
                }
                await channel.SendAsync(new OutgoingMessage(delivery.Address, item.Title, item.Text, LinkOf(item.Link)), ct);
                delivery.SentAt = Now;
                sent++;
            }
            catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
            {
                Failed(delivery, e);
                failed++;
            }
            // One save per message: a node that dies mid-run resends at most the message in hand.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        var cutoff = Now - KeptFor;
        var removed = await db.NotificationDeliveries.IgnoreQueryFilters()
            .Where(d => d.SentAt < cutoff || d.GaveUpAt < cutoff)
            .ExecuteDeleteAsync(ct);
        LogRun(log, sent, failed, removed);
    }

    private void Failed(NotificationDelivery delivery, Exception e)
    {
        delivery.Attempts++;
        var message = $"{e.GetType().Name}: {e.Message}";
        delivery.LastError = message.Length > NotificationDelivery.MaxErrorLength ? message[..NotificationDelivery.MaxErrorLength] : message;
        if (delivery.Attempts >= MaxAttempts)
        {
            delivery.GaveUpAt = Now;
        }
        else
        {
            delivery.NextAttemptAt = Now + RetryAfter(delivery.Attempts);
        }
        LogFailed(log, delivery.Id, delivery.Channel, delivery.Attempts, delivery.LastError);
    }

    private Uri? LinkOf(string? link) =>
        link is not null && options.Value.PublicUrl is { } site ? new Uri(site, link) : null;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification delivery: {Sent} sent, {Failed} failed, {Removed} finished deliveries removed")]
    private static partial void LogRun(ILogger logger, int sent, int failed, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification delivery {Delivery} by {Channel} failed (attempt {Attempts}): {Error}")]
    private static partial void LogFailed(ILogger logger, Guid delivery, string channel, int attempts, string error);
}
