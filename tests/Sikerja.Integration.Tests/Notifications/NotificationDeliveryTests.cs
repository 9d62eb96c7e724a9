using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Data.Notifications;
using Sikerja.Data.Tenancy;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Jobs;
using Sikerja.Web.Features.Notifications;

namespace Sikerja.Integration.Tests.Notifications;

/// <summary>
/// E-mail goes through the outbox: written with the notification, sent later by the delivery job on one node,
/// kept and tried again when the mail server fails, never sent twice.
/// </summary>
public abstract class NotificationDeliveryTests(DatabaseFixture db) : DatabaseTest(db), IDisposable
{
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"sikerja-mail-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
        GC.SuppressFinalize(this);
    }

    private JobHost Host(Action<SmtpSettings>? smtp) => new(Db, services =>
    {
        if (smtp is not null)
        {
            services.Configure<NotificationOptions>(o =>
            {
                o.PublicUrl = new Uri("https://sikerja.contoh.go.id/");
                o.Smtp.From = "sikerja@contoh.go.id";
                smtp(o.Smtp);
            });
        }
    });

    private void ToPickup(SmtpSettings smtp) => smtp.PickupDirectory = _pickup;

    /// <summary>Nothing listens on port 9 of loopback (discard): every connection is refused at once.</summary>
    private static void ToDeadServer(SmtpSettings smtp)
    {
        smtp.Host = "127.0.0.1";
        smtp.Port = 9;
        smtp.EnableSsl = false;
    }

    private sealed record World(TestTenant Tenant, Employee WithEmail, Employee WithoutEmail);

    private async Task<World> ArrangeAsync()
    {
        var t = await NewTenantAsync();
        var dinas = await t.UnitAsync($"{t.Code}.dinas", OrgUnitType.Agency);
        var ani = await t.EmployeeAsync(dinas, PositionLevel.Staff, name: "Ani");
        var budi = await t.EmployeeAsync(dinas, PositionLevel.Staff, name: "Budi");
        var account = await t.AccountAsync(ani);
        await t.AccountAsync(budi);
        await using var scope = Db.NewScope().InTenant(t.Id);
        var users = scope.Get<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(account.ToString());
        Assert.True((await users.SetEmailAsync(user!, $"ani.{t.Code}@contoh.go.id")).Succeeded);
        return new World(t, ani, budi);
    }

    private static async Task SendAsync(JobHost host, TestTenant tenant, IEnumerable<Guid> employees, string title)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant.Id);
        await scope.ServiceProvider.GetRequiredService<Notifier>().SendAsync(employees, title, "Jadwal piket Anda berubah.", "/Schedule");
    }

    private static async Task RunJobAsync(JobHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDeliveryJob>().RunAsync(CancellationToken.None);
    }

    private async Task<List<NotificationDelivery>> DeliveriesAsync(TestTenant tenant)
    {
        await using var scope = Db.NewScope().InTenant(tenant.Id);
        return await scope.Db.NotificationDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    [Fact]
    public async Task A_notification_is_queued_for_those_with_an_address_and_the_job_sends_it_once()
    {
        var w = await ArrangeAsync();
        await using var host = Host(ToPickup);
        await SendAsync(host, w.Tenant, [w.WithEmail.Id, w.WithoutEmail.Id], "Perubahan jadwal");

        var queued = Assert.Single(await DeliveriesAsync(w.Tenant));
        Assert.Equal((EmailChannel.ChannelName, $"ani.{w.Tenant.Code}@contoh.go.id"), (queued.Channel, queued.Address));
        Assert.Null(queued.SentAt);
        Assert.False(Directory.Exists(_pickup) && Directory.EnumerateFiles(_pickup).Any());

        await RunJobAsync(host);
        await RunJobAsync(host);

        var mail = await PickedUpMail.ReadAsync(Assert.Single(Directory.GetFiles(_pickup, "*.eml")));
        Assert.Equal($"ani.{w.Tenant.Code}@contoh.go.id", mail.To);
        Assert.Equal("Perubahan jadwal", mail.Subject);
        Assert.Equal("Jadwal piket Anda berubah.\n\nhttps://sikerja.contoh.go.id/Schedule", mail.Body.ReplaceLineEndings("\n"));
        Assert.NotNull(Assert.Single(await DeliveriesAsync(w.Tenant)).SentAt);
    }

    [Fact]
    public async Task A_failed_send_is_kept_retried_after_a_pause_and_delivered_once_the_server_works()
    {
        var w = await ArrangeAsync();
        await using (var broken = Host(ToDeadServer))
        {
            await SendAsync(broken, w.Tenant, [w.WithEmail.Id], "Perubahan jadwal");
            await RunJobAsync(broken);
            var failed = Assert.Single(await DeliveriesAsync(w.Tenant));
            Assert.Equal(1, failed.Attempts);
            Assert.Null(failed.SentAt);
            Assert.False(string.IsNullOrEmpty(failed.LastError));
            Assert.Equal(broken.Time.GetUtcNow().UtcDateTime + NotificationDeliveryJob.RetryAfter(1), failed.NextAttemptAt);

            await RunJobAsync(broken);
            Assert.Equal(1, Assert.Single(await DeliveriesAsync(w.Tenant)).Attempts);
        }

        await using var working = Host(ToPickup);
        await RunJobAsync(working);
        Assert.False(Directory.Exists(_pickup) && Directory.EnumerateFiles(_pickup).Any());
        working.Time.Advance(NotificationDeliveryJob.RetryAfter(1));
        await RunJobAsync(working);
        Assert.Single(Directory.GetFiles(_pickup, "*.eml"));
        Assert.NotNull(Assert.Single(await DeliveriesAsync(w.Tenant)).SentAt);
    }

    [Fact]
    public async Task Without_a_mail_server_only_the_inbox_gets_the_notification()
    {
        var w = await ArrangeAsync();
        await using var host = Host(smtp: null);
        await SendAsync(host, w.Tenant, [w.WithEmail.Id], "Perubahan jadwal");

        Assert.Empty(await DeliveriesAsync(w.Tenant));
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Equal(1, await scope.Db.Notifications.CountAsync(n => n.EmployeeId == w.WithEmail.Id));
    }

    [Fact]
    public async Task Sent_deliveries_are_removed_a_week_later()
    {
        var w = await ArrangeAsync();
        await using var host = Host(ToPickup);
        await SendAsync(host, w.Tenant, [w.WithEmail.Id], "Perubahan jadwal");
        await RunJobAsync(host);
        host.Time.Advance(NotificationDeliveryJob.KeptFor - TimeSpan.FromMinutes(1));
        await RunJobAsync(host);
        Assert.Single(await DeliveriesAsync(w.Tenant));

        host.Time.Advance(TimeSpan.FromMinutes(2));
        await RunJobAsync(host);
        Assert.Empty(await DeliveriesAsync(w.Tenant));
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Equal(1, await scope.Db.Notifications.CountAsync(n => n.EmployeeId == w.WithEmail.Id));
    }

    public sealed class OnSqlite(SqliteFixture db) : NotificationDeliveryTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : NotificationDeliveryTests(db), IClassFixture<PostgresFixture>;
}
