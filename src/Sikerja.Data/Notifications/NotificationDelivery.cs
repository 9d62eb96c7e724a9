using Sikerja.Domain;

namespace Sikerja.Data.Notifications;

/// <summary>
/// The outbox: one notification still to be sent (or sent) through one channel to one address. It is written in
/// the same transaction as the notification, and a background job sends it later, so a slow or broken mail server
/// never holds up a request and nothing acknowledged is lost.
/// </summary>
public sealed class NotificationDelivery : ITenantOwned
{
    public const int MaxAddressLength = 320;
    public const int MaxErrorLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid NotificationId { get; set; }

    /// <summary>The channel's stable name ("email").</summary>
    public required string Channel { get; set; }

    /// <summary>Where the channel sends it (an e-mail address), as it was when the notification was made.</summary>
    public required string Address { get; set; }

    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>When the next attempt is due; sending stops once <see cref="SentAt"/> or <see cref="GaveUpAt"/> is set.</summary>
    public DateTime NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }
    public DateTime? GaveUpAt { get; set; }
    public string? LastError { get; set; }
}
