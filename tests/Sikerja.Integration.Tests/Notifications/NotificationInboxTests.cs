using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Notifications;

/// <summary>Notifications reach exactly the employees named; each reads and marks only their own.</summary>
public abstract class NotificationInboxTests(DatabaseFixture db) : DatabaseTest(db)
{
    private sealed record World(TestTenant Tenant, Employee Ani, Employee Budi, Guid AniAccount, Guid BudiAccount);

    private async Task<World> ArrangeAsync()
    {
        var t = await NewTenantAsync();
        var dinas = await t.UnitAsync($"{t.Code}.dinas", OrgUnitType.Agency);
        var ani = await t.EmployeeAsync(dinas, PositionLevel.Staff, name: "Ani");
        var budi = await t.EmployeeAsync(dinas, PositionLevel.Staff, name: "Budi");
        return new World(t, ani, budi, await t.AccountAsync(ani), await t.AccountAsync(budi));
    }

    private async Task SendAsync(TestTenant tenant, IEnumerable<Guid> employees, string title, string? link = null)
    {
        await using var scope = Db.NewScope().InTenant(tenant.Id);
        await scope.Get<Notifier>().SendAsync(employees, title, $"Isi {title}", link);
    }

    private async Task<NotificationPage> InboxAsync(Guid account, bool unreadOnly = false)
    {
        await using var scope = await AsAsync(account);
        var result = await scope.Get<NotificationInbox>().PageAsync(1, unreadOnly, CancellationToken.None);
        Assert.True(result.IsDone);
        return result.Value!;
    }

    [Fact]
    public async Task Each_employee_sees_only_their_own_notifications_newest_first()
    {
        var w = await ArrangeAsync();
        var other = await ArrangeAsync();
        await SendAsync(w.Tenant, [w.Ani.Id], "Pertama", "/Schedule");
        await SendAsync(w.Tenant, [w.Ani.Id, w.Budi.Id], "Kedua");
        await SendAsync(other.Tenant, [other.Ani.Id], "Tenant lain");

        var ani = await InboxAsync(w.AniAccount);
        Assert.Equal(["Kedua", "Pertama"], ani.Items.Select(n => n.Title));
        Assert.Equal((2, 2), (ani.Total, ani.Unread));
        Assert.Equal("/Schedule", ani.Items[1].Link);
        Assert.Equal("Isi Pertama", ani.Items[1].Text);
        Assert.Equal(["Kedua"], (await InboxAsync(w.BudiAccount)).Items.Select(n => n.Title));
        Assert.Equal(["Tenant lain"], (await InboxAsync(other.AniAccount)).Items.Select(n => n.Title));
    }

    [Fact]
    public async Task Marking_read_counts_the_first_reading_and_never_reaches_another_employees_notification()
    {
        var w = await ArrangeAsync();
        await SendAsync(w.Tenant, [w.Ani.Id], "Satu");
        await SendAsync(w.Tenant, [w.Ani.Id], "Dua");
        await SendAsync(w.Tenant, [w.Budi.Id], "Untuk Budi");
        var budisOwn = (await InboxAsync(w.BudiAccount)).Items.Single().Id;
        var anisFirst = (await InboxAsync(w.AniAccount)).Items.Single(n => n.Title == "Satu").Id;

        await using (var scope = await AsAsync(w.AniAccount))
        {
            var inbox = scope.Get<NotificationInbox>();
            Assert.Equal(CommandStatus.NotFound, (await inbox.MarkReadAsync(budisOwn, CancellationToken.None)).Status);
            var read = await inbox.MarkReadAsync(anisFirst, CancellationToken.None);
            Assert.NotNull(read.Value?.ReadAt);
            Assert.Equal(1, await inbox.UnreadCountAsync());
            var again = await inbox.MarkReadAsync(anisFirst, CancellationToken.None);
            Assert.Equal(read.Value!.ReadAt, again.Value!.ReadAt);
        }
        Assert.Equal(["Dua"], (await InboxAsync(w.AniAccount, unreadOnly: true)).Items.Select(n => n.Title));
        Assert.Equal(1, (await InboxAsync(w.BudiAccount)).Unread);

        await using (var scope = await AsAsync(w.AniAccount))
        {
            Assert.Equal(1, (await scope.Get<NotificationInbox>().MarkAllReadAsync(CancellationToken.None)).Value);
        }
        Assert.Equal(0, (await InboxAsync(w.AniAccount)).Unread);
        Assert.Equal(1, (await InboxAsync(w.BudiAccount)).Unread);
    }

    [Fact]
    public async Task An_account_without_an_employee_has_no_inbox()
    {
        var w = await ArrangeAsync();
        var admin = await w.Tenant.AccountAsync(null, Sikerja.Domain.Access.Role.TenantAdmin);
        await using var scope = await AsAsync(admin);
        var inbox = scope.Get<NotificationInbox>();
        Assert.Equal(CommandStatus.Forbidden, (await inbox.PageAsync(1, false, CancellationToken.None)).Status);
        Assert.Equal(0, await inbox.UnreadCountAsync());
    }

    [Fact]
    public async Task The_notifier_refuses_an_employee_of_another_tenant_and_stores_nothing()
    {
        var w = await ArrangeAsync();
        var other = await ArrangeAsync();
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            await Assert.ThrowsAsync<ArgumentException>(() => scope.Get<Notifier>().SendAsync([w.Ani.Id, other.Budi.Id], "Salah alamat", "teks", null));
            await Assert.ThrowsAsync<ArgumentException>(() => scope.Get<Notifier>().SendAsync([w.Ani.Id], "Tautan luar", "teks", "https://contoh.id/"));
        }
        await using var check = Db.NewScope();
        Assert.False(await check.Db.Notifications.IgnoreQueryFilters().AnyAsync(n => n.EmployeeId == w.Ani.Id || n.EmployeeId == other.Budi.Id));
    }

    public sealed class OnSqlite(SqliteFixture db) : NotificationInboxTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : NotificationInboxTests(db), IClassFixture<PostgresFixture>;
}
