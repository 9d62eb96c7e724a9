using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Notifications;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Notifications;

public sealed record NotificationPage(IReadOnlyList<Notification> Items, int Total, int Unread, int Page, int PageSize);

/// <summary>The signed-in employee's own notifications: nobody reads or marks anyone else's.</summary>
public sealed class NotificationInbox(SikerjaDbContext db, CurrentUser user, TimeProvider time)
{
    public const int PageSize = 30;

    private int? _unread;

    /// <summary>Only an account linked to an employee has an inbox.</summary>
    public bool HasInbox => user.EmployeeId is not null && user.TenantId is not null;

    /// <summary>The unread count of the page header: one indexed COUNT, at most once a request.</summary>
    public async Task<int> UnreadCountAsync(CancellationToken ct = default) =>
        _unread ??= HasInbox ? await Mine().CountAsync(n => n.ReadAt == null, ct) : 0;

    public async Task<CommandResult<NotificationPage>> PageAsync(int page, bool unreadOnly, CancellationToken ct)
    {
        if (!HasInbox)
        {
            return CommandResult<NotificationPage>.Forbidden();
        }
        page = Math.Max(1, page);
        var query = Mine().AsNoTracking();
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var unread = unreadOnly ? total : await UnreadCountAsync(ct);
        return CommandResult<NotificationPage>.Done(new NotificationPage(items, total, unread, page, PageSize));
    }

    /// <summary>Marks one of the caller's notifications read (once: the first reading counts); another's is not found.</summary>
    public async Task<CommandResult<Notification>> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var notification = HasInbox ? await Mine().SingleOrDefaultAsync(n => n.Id == id, ct) : null;
        if (notification is null)
        {
            return CommandResult<Notification>.NotFound();
        }
        if (notification.ReadAt is null)
        {
            notification.ReadAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            _unread = null;
        }
        return CommandResult<Notification>.Done(notification);
    }

    /// <summary>Marks every unread notification of the caller read; returns how many were.</summary>
    public async Task<CommandResult<int>> MarkAllReadAsync(CancellationToken ct)
    {
        if (!HasInbox)
        {
            return CommandResult<int>.Forbidden();
        }
        var now = time.GetUtcNow().UtcDateTime;
        var marked = await Mine().Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        _unread = 0;
        return CommandResult<int>.Done(marked);
    }

    private IQueryable<Notification> Mine()
    {
        var me = user.EmployeeId;
        return db.Notifications.Where(n => n.EmployeeId == me);
    }
}
