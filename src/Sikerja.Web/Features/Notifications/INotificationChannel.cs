namespace Sikerja.Web.Features.Notifications;

/// <summary>
/// A way a notification reaches an employee outside the application (e-mail; later WhatsApp or SMS). The notifier
/// asks each enabled channel for the employees' addresses when it writes a notification; the delivery job sends
/// each addressed copy later, off the request.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Stable name stored with each delivery ("email").</summary>
    string Name { get; }

    /// <summary>False when the installation has not configured the channel: it then gets no deliveries.</summary>
    bool IsEnabled { get; }

    /// <summary>The address of each of <paramref name="employeeIds"/> the channel can reach, in the current tenant.</summary>
    Task<IReadOnlyDictionary<Guid, string>> AddressesAsync(IReadOnlyCollection<Guid> employeeIds, CancellationToken ct);

    /// <summary>Sends one message; throws when it could not be handed over, so that it is tried again later.</summary>
    Task SendAsync(OutgoingMessage message, CancellationToken ct);
}

/// <summary>One notification as a channel sends it; <see cref="Link"/> is absolute when the public address is configured.</summary>
public sealed record OutgoingMessage(string Address, string Title, string Text, Uri? Link);
