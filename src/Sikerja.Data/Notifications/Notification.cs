using Sikerja.Domain;

namespace Sikerja.Data.Notifications;

/// <summary>A message to one employee in the application: shown in their inbox until read, and sent further by
/// every configured channel (see <see cref="NotificationDelivery"/>).</summary>
public sealed class Notification : ITenantOwned
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 2000;
    public const int MaxLinkLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid EmployeeId { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }

    /// <summary>A local address in the application ("/Schedule"), or null.</summary>
    public string? Link { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
