namespace Sikerja.Web.Features.Notifications;

/// <summary>The <c>Notifications</c> section of the configuration.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The application's public address (https://sikerja.example.go.id), for links in messages sent outside it.</summary>
    public Uri? PublicUrl { get; set; }

    public SmtpSettings Smtp { get; set; } = new();
}

/// <summary>The mail server e-mail notifications go through; without <see cref="Host"/> (or a pickup directory) and
/// <see cref="From"/> no e-mail is sent.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? From { get; set; }
    public string FromName { get; set; } = "Sikerja";

    /// <summary>Writes each message as an .eml file into this directory instead of sending it (development, tests).</summary>
    public string? PickupDirectory { get; set; }

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(From) && (!string.IsNullOrWhiteSpace(Host) || !string.IsNullOrWhiteSpace(PickupDirectory));
}
