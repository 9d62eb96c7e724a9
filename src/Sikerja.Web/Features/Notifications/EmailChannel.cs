using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sikerja.Data;

namespace Sikerja.Web.Features.Notifications;

/// <summary>
/// Notifications by e-mail through the configured SMTP server (<c>Notifications:Smtp</c>), to the e-mail address
/// of the employee's account. Disabled while the server is not configured.
/// </summary>
public sealed class EmailChannel(SikerjaDbContext db, IOptions<NotificationOptions> options) : INotificationChannel
{
    public const string ChannelName = "email";

    private SmtpSettings Smtp => options.Value.Smtp;

    public string Name => ChannelName;

    public bool IsEnabled => Smtp.IsConfigured;

    public async Task<IReadOnlyDictionary<Guid, string>> AddressesAsync(IReadOnlyCollection<Guid> employeeIds, CancellationToken ct)
    {
        var tenant = db.CurrentTenantId;
        var ids = employeeIds.ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.TenantId == tenant && u.EmployeeId != null && ids.Contains(u.EmployeeId.Value) && u.Email != null && u.Email != "")
            .OrderBy(u => u.Id)
            .Select(u => new { EmployeeId = u.EmployeeId!.Value, Email = u.Email! })
            .ToListAsync(ct);
        var addresses = new Dictionary<Guid, string>();
        foreach (var a in accounts)
        {
            addresses.TryAdd(a.EmployeeId, a.Email);
        }
        return addresses;
    }

    public async Task SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        if (!IsEnabled)
        {
            throw new InvalidOperationException("E-mail is not configured (Notifications:Smtp).");
        }
        var body = new StringBuilder(message.Text);
        if (message.Link is { } link)
        {
            body.Append("\n\n").Append(link.AbsoluteUri);
        }
        using var mail = new MailMessage(new MailAddress(Smtp.From!, Smtp.FromName), new MailAddress(message.Address))
        {
            Subject = message.Title,
            Body = body.ToString(),
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        using var client = NewClient();
        await client.SendMailAsync(mail, ct);
    }

    private SmtpClient NewClient()
    {
        if (!string.IsNullOrWhiteSpace(Smtp.PickupDirectory))
        {
            Directory.CreateDirectory(Smtp.PickupDirectory);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = Path.GetFullPath(Smtp.PickupDirectory) };
        }
        var client = new SmtpClient(Smtp.Host, Smtp.Port) { EnableSsl = Smtp.EnableSsl, Timeout = 30_000 };
        if (!string.IsNullOrEmpty(Smtp.UserName))
        {
            client.Credentials = new NetworkCredential(Smtp.UserName, Smtp.Password);
        }
        return client;
    }
}
