using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Policies;
using Sikerja.Web.Hosting;
using static Sikerja.Integration.Tests.Policies.PolicyWorld;

namespace Sikerja.Integration.Tests.Policies;

/// <summary>Publication and reminders reach <see cref="IPolicyNotifications"/>, whichever implementation is registered.</summary>
public abstract class NotificationTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private sealed class Recorder : IPolicyNotifications
    {
        public List<(string Event, PolicyNotice Notice)> Sent { get; } = [];

        public Task PublishedAsync(PolicyNotice notice, CancellationToken ct)
        {
            Sent.Add(("published", notice));
            return Task.CompletedTask;
        }

        public Task ReminderAsync(PolicyNotice notice, CancellationToken ct)
        {
            Sent.Add(("reminder", notice));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Publication_and_reminders_name_the_circular_and_its_recipients()
    {
        var w = await ArrangeAsync(Db);
        var recorder = new Recorder();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{Db.Provider}"] = Db.ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSikerjaCore(configuration, Path.GetTempPath());
        services.AddSingleton<IPolicyNotifications>(recorder);
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        Guid policyId;
        await using (var scope = await new TestScope(provider.CreateAsyncScope()).AsAsync(w.Admin))
        {
            var service = scope.Get<PolicyService>();
            var draft = (await service.CreateDraftAsync(Draft("110/1/2026", Today, null), Ct)).Value!;
            policyId = draft.Id;
            Assert.True((await service.PublishAsync(draft.Id, [], Ct)).IsDone);
            Assert.True((await scope.Get<PolicyAcknowledgementService>().RemindAsync(draft.Id, w.Disdik.Id, Ct)).IsDone);
        }

        Assert.Equal(["published", "reminder"], recorder.Sent.Select(s => s.Event));
        var published = recorder.Sent[0].Notice;
        Assert.Equal((w.Tenant.Id, policyId, "110/1/2026"), (published.TenantId, published.PolicyId, published.Number));
        Assert.Equal(new[] { w.Kadis.Id, w.Staff.Id, w.Teacher.Id }.Order(), published.EmployeeIds.Order());
        Assert.Equal([w.Teacher.Id], recorder.Sent[1].Notice.EmployeeIds);
    }

    [Fact]
    public async Task A_published_circular_and_its_reminder_arrive_in_the_inbox_of_those_it_covers()
    {
        var w = await ArrangeAsync(Db);
        Guid policyId;
        await using (var scope = await Db.NewScope().AsAsync(w.Admin))
        {
            var service = scope.Get<PolicyService>();
            var draft = (await service.CreateDraftAsync(Draft("110/2/2026", Today, null), Ct)).Value!;
            policyId = draft.Id;
            Assert.True((await service.PublishAsync(draft.Id, [], Ct)).IsDone);
            Assert.True((await scope.Get<PolicyAcknowledgementService>().RemindAsync(draft.Id, w.Disdik.Id, Ct)).IsDone);
        }

        await using var check = Db.NewScope().InTenant(w.Tenant.Id);
        var inbox = check.Db.Notifications.Where(n => n.Link == $"/Policies/Detail/{policyId}").ToList();
        Assert.Equal(new[] { w.Kadis.Id, w.Staff.Id, w.Teacher.Id, w.Teacher.Id }.Order(), inbox.Select(n => n.EmployeeId).Order());
        Assert.Single(inbox, n => n.Title == "Pengingat: surat edaran 110/2/2026");
    }

    public sealed class OnSqlite(SqliteFixture db) : NotificationTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : NotificationTests(db), IClassFixture<PostgresFixture>;
}
