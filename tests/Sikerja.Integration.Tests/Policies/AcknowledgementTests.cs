using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Policies;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Policies;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Policies.PolicyWorld;

namespace Sikerja.Integration.Tests.Policies;

/// <summary>Publishing sends a circular to everyone it covers; each acknowledges once; admins count per agency and remind.</summary>
public abstract class AcknowledgementTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private async Task<Policy> PublishedAsync(PolicyWorld w)
    {
        await using var scope = await AsAsync(w.Admin);
        var service = scope.Get<PolicyService>();
        var draft = (await service.CreateDraftAsync(Draft("090/1/2026", Today, null), Ct)).Value!;
        var published = await service.PublishAsync(draft.Id, [], Ct);
        Assert.True(published.IsDone, string.Join("; ", published.Problems));
        return published.Value!;
    }

    private async Task<CommandResult<PolicyAcknowledgement>> AcknowledgeAsync(Guid user, Guid policy)
    {
        await using var scope = await AsAsync(user);
        return await scope.Get<PolicyAcknowledgementService>().AcknowledgeAsync(policy, Ct);
    }

    private async Task<IReadOnlyList<AgencyAcknowledgement>?> SummaryAsync(Guid user, Guid policy)
    {
        await using var scope = await AsAsync(user);
        return (await scope.Get<PolicyAcknowledgementService>().SummaryAsync(policy, Ct)).Value;
    }

    [Fact]
    public async Task Publishing_sends_the_circular_to_every_active_employee_of_a_covered_employment()
    {
        var w = await ArrangeAsync(Db);
        var policy = await PublishedAsync(w);
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var rows = await scope.Db.PolicyAcknowledgements.Where(a => a.PolicyId == policy.Id).ToListAsync();
        Assert.Equal(
            new[] { (w.Kadis.Id, w.Dinkes.Id), (w.Staff.Id, w.Dinkes.Id), (w.Teacher.Id, w.Disdik.Id) }.OrderBy(x => x.Item1),
            rows.Select(r => (r.EmployeeId, r.AgencyId)).OrderBy(x => x.Item1));
        Assert.All(rows, r => Assert.Null(r.AcknowledgedAt));
    }

    [Fact]
    public async Task An_employee_acknowledges_once_and_the_first_time_is_kept()
    {
        var w = await ArrangeAsync(Db);
        var policy = await PublishedAsync(w);
        async Task<DateTime?> StoredAsync()
        {
            await using var scope = await AsAsync(w.StaffUser);
            var mine = Assert.Single(await scope.Get<PolicyQuery>().MineAsync(Ct));
            Assert.Equal(mine.AcknowledgedAt, (await scope.Get<PolicyQuery>().DetailAsync(policy.Id, Ct))!.MyAcknowledgement?.AcknowledgedAt);
            return mine.AcknowledgedAt;
        }

        Assert.Null(await StoredAsync());
        var first = await AcknowledgeAsync(w.StaffUser, policy.Id);
        Assert.True(first.IsDone);
        var stored = await StoredAsync();
        Assert.NotNull(stored);
        await Task.Delay(20);
        var again = await AcknowledgeAsync(w.StaffUser, policy.Id);
        Assert.Equal(first.Value!.Id, again.Value!.Id);
        Assert.Equal(stored, await StoredAsync());
    }

    [Fact]
    public async Task Those_not_covered_cannot_acknowledge_and_drafts_are_not_acknowledged()
    {
        var w = await ArrangeAsync(Db);
        var policy = await PublishedAsync(w);
        Assert.Equal(CommandStatus.NotFound, (await AcknowledgeAsync(w.ContractUser, policy.Id)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await AcknowledgeAsync(w.Admin, policy.Id)).Status);

        await using var scope = await AsAsync(w.Admin);
        var draft = (await scope.Get<PolicyService>().CreateDraftAsync(Draft("090/2/2026", Today.AddDays(90), null), Ct)).Value!;
        Assert.Equal(CommandStatus.NotFound, (await AcknowledgeAsync(w.StaffUser, draft.Id)).Status);
    }

    [Fact]
    public async Task Someone_who_joined_after_publication_acknowledges_all_the_same()
    {
        var w = await ArrangeAsync(Db);
        var policy = await PublishedAsync(w);
        var newcomer = await w.Tenant.EmployeeAsync(w.Disdik, Sikerja.Domain.People.PositionLevel.Staff, name: "Pegawai Baru");
        var account = await w.Tenant.AccountAsync(newcomer);
        var done = await AcknowledgeAsync(account, policy.Id);
        Assert.True(done.IsDone);
        Assert.Equal(w.Disdik.Id, done.Value!.AgencyId);
    }

    [Fact]
    public async Task Admins_count_per_agency_and_see_who_has_not_read()
    {
        var w = await ArrangeAsync(Db);
        var policy = await PublishedAsync(w);
        Assert.True((await AcknowledgeAsync(w.StaffUser, policy.Id)).IsDone);

        var summary = await SummaryAsync(w.Admin, policy.Id);
        Assert.NotNull(summary);
        Assert.Equal(
            [("disdik", 1, 0, 0), ("dinkes", 2, 1, 50)],
            summary.Select(s => (s.Code, s.Sent, s.Acknowledged, s.Percent)));
        Assert.Equal(summary, await SummaryAsync(w.Leader, policy.Id));
        Assert.Equal([("dinkes", 2, 1, 50)], (await SummaryAsync(w.DinkesAdmin, policy.Id))!.Select(s => (s.Code, s.Sent, s.Acknowledged, s.Percent)));
        Assert.Null(await SummaryAsync(w.StaffUser, policy.Id));

        await using var scope = await AsAsync(w.DinkesAdmin);
        var service = scope.Get<PolicyAcknowledgementService>();
        var pending = (await service.PendingAsync(policy.Id, w.Dinkes.Id, Ct)).Value!;
        Assert.Equal(["Kepala Dinkes"], pending.Select(p => p.Name));
        Assert.Equal(CommandStatus.Forbidden, (await service.PendingAsync(policy.Id, w.Disdik.Id, Ct)).Status);
    }

    [Fact]
    public async Task A_reminder_reaches_only_those_who_have_not_read_and_is_recorded()
    {
        var w = await ArrangeAsync(Db);
        var policy = await PublishedAsync(w);
        Assert.True((await AcknowledgeAsync(w.StaffUser, policy.Id)).IsDone);

        await using (var scope = await AsAsync(w.DinkesAdmin))
        {
            var service = scope.Get<PolicyAcknowledgementService>();
            Assert.Equal(CommandStatus.Forbidden, (await service.RemindAsync(policy.Id, w.Disdik.Id, Ct)).Status);
            var reminder = await service.RemindAsync(policy.Id, null, Ct);
            Assert.True(reminder.IsDone);
            Assert.Equal((1, (Guid?)null), (reminder.Value!.Recipients, reminder.Value.AgencyId));
        }
        await using (var check = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var reminded = await check.Db.PolicyAcknowledgements.Where(a => a.PolicyId == policy.Id && a.LastRemindedAt != null).Select(a => a.EmployeeId).ToListAsync();
            Assert.Equal([w.Kadis.Id], reminded);
            Assert.Equal(1, await check.Db.PolicyReminders.CountAsync(r => r.PolicyId == policy.Id));
        }
        await using (var scope = await AsAsync(w.Admin))
        {
            var all = await scope.Get<PolicyAcknowledgementService>().RemindAsync(policy.Id, null, Ct);
            Assert.Equal(2, all.Value!.Recipients);
        }
        await using (var scope = await AsAsync(w.StaffUser))
        {
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<PolicyAcknowledgementService>().RemindAsync(policy.Id, null, Ct)).Status);
        }
        Assert.True((await AcknowledgeAsync(w.TeacherUser, policy.Id)).IsDone);
        await using (var scope = await AsAsync(w.Admin))
        {
            var none = await scope.Get<PolicyAcknowledgementService>().RemindAsync(policy.Id, w.Disdik.Id, Ct);
            Assert.Equal(CommandStatus.Refused, none.Status);
        }
    }

    public sealed class OnSqlite(SqliteFixture db) : AcknowledgementTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : AcknowledgementTests(db), IClassFixture<PostgresFixture>;
}
