using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Notifications;

namespace Sikerja.Web.Features.Notifications;

/// <summary>
/// Notifies employees of the current tenant, for any feature: one notification per employee in their inbox, and
/// one outbox row per enabled channel that has an address for them. Everything is written with the caller's own
/// pending changes in one transaction, so a change and the news of it are stored together or not at all.
/// </summary>
public sealed class Notifier(SikerjaDbContext db, IEnumerable<INotificationChannel> channels, TimeProvider time)
{
    /// <summary>Notifies and saves, with whatever else the context holds.</summary>
    public async Task<IReadOnlyList<Notification>> SendAsync(IEnumerable<Guid> employeeIds, string title, string text, string? link, CancellationToken ct = default)
    {
        var notifications = await QueueAsync(employeeIds, title, text, link, ct);
        await db.SaveChangesAsync(ct);
        return notifications;
    }

    /// <summary>Adds the notifications and their deliveries to the context without saving: the caller saves them with its change.</summary>
    public async Task<IReadOnlyList<Notification>> QueueAsync(IEnumerable<Guid> employeeIds, string title, string text, string? link, CancellationToken ct = default)
    {
        Validate(title, text, link);
        var tenant = db.CurrentTenantId ?? throw new InvalidOperationException("Notifications are sent inside a tenant.");
        var ids = employeeIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var known = (await db.Employees.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct)).ToHashSet();
        if (ids.Exists(id => !known.Contains(id)))
        {
            throw new ArgumentException($"Employee {ids.First(id => !known.Contains(id))} is not one of the tenant's.", nameof(employeeIds));
        }
        var now = time.GetUtcNow().UtcDateTime;
        var notifications = ids.Select(id => new Notification
        {
            TenantId = tenant, EmployeeId = id, Title = title.Trim(), Text = text.Trim(), Link = link, CreatedAt = now,
        }).ToList();
        db.Notifications.AddRange(notifications);
        foreach (var channel in channels.Where(c => c.IsEnabled))
        {
            var addresses = await channel.AddressesAsync(ids, ct);
            db.NotificationDeliveries.AddRange(notifications
                .Where(n => addresses.ContainsKey(n.EmployeeId))
                .Select(n => new NotificationDelivery
                {
                    TenantId = tenant, NotificationId = n.Id, Channel = channel.Name, Address = addresses[n.EmployeeId],
                    CreatedAt = now, NextAttemptAt = now,
                }));
        }
        return notifications;
    }

    /// <summary>The callers are features of this application: a bad argument is a programming error, not user input.</summary>
    private static void Validate(string title, string text, string? link)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > Notification.MaxTitleLength)
        {
            throw new ArgumentException($"A title of 1 to {Notification.MaxTitleLength} characters is needed.", nameof(title));
        }
        if (text is null || text.Trim().Length > Notification.MaxTextLength)
        {
            throw new ArgumentException($"A text of at most {Notification.MaxTextLength} characters is needed.", nameof(text));
        }
        if (link is not null && (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal) || link.Length > Notification.MaxLinkLength))
        {
            throw new ArgumentException("A link is a local address starting with one '/'.", nameof(link));
        }
    }
}
