using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Policies;
using Sikerja.Web.Features.Reports;

namespace Sikerja.Integration.Tests.Reports;

/// <summary>Reminders of today's report at the reminder time and of missing reports after their deadline: only to those who owe, once.</summary>
public abstract class ReportReminderTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly DateOnly Thursday = ReportsWorld.Thursday;

    private async Task<(int Due, int Missing)> RunAtAsync(ReportsWorld w, DateOnly date, int hour, int minute)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7)));
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var obligations = new ReportObligations(scope.Db, scope.Get<PoliciesInForce>(), clock);
        var notifier = new Notifier(scope.Db, scope.Services.GetServices<INotificationChannel>(), clock);
        return await new ReportReminders(scope.Db, obligations, notifier, clock).SendAsync(CancellationToken.None);
    }

    private async Task<List<(Guid Employee, string Title, string? Link)>> NotificationsAsync(ReportsWorld w)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return (await scope.Db.Notifications.AsNoTracking().Select(n => new { n.EmployeeId, n.Title, n.Link }).ToListAsync())
            .Select(n => (n.EmployeeId, n.Title, n.Link)).ToList();
    }

    [Fact]
    public async Task Before_the_reminder_time_nobody_is_reminded_of_today()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var (due, _) = await RunAtAsync(w, Thursday, 15, 59);
        Assert.Equal(0, due);
    }

    [Fact]
    public async Task At_the_reminder_time_those_who_owe_today_and_have_not_sent_are_reminded_once()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var (due, missing) = await RunAtAsync(w, Thursday, 16, 5);

        // Thursday: Ani and Dedi at home (a family trip excuses nothing), the teacher; Citra is sick, Budi at the office.
        Assert.Equal(3, due);
        // Deadlines passed: Monday's (Tuesday 10:00) — Dedi, the teacher; Tuesday's (Thursday 10:00, after the holiday) — Citra, the teacher.
        Assert.Equal(4, missing);
        var sent = await NotificationsAsync(w);
        var today = sent.Where(n => n.Link == "/Reports?date=2026-06-04").Select(n => n.Employee).Order().ToList();
        Assert.Equal(new[] { w.Ani.Id, w.Dedi.Id, w.Guru.Id }.Order(), today);
        Assert.Equal(new[] { w.Dedi.Id, w.Guru.Id }.Order(), sent.Where(n => n.Link == "/Reports?date=2026-06-01").Select(n => n.Employee).Order());
        Assert.Equal(new[] { w.Citra.Id, w.Guru.Id }.Order(), sent.Where(n => n.Link == "/Reports?date=2026-06-02").Select(n => n.Employee).Order());
        Assert.DoesNotContain(sent, n => n.Employee == w.Budi.Id || n.Employee == w.Eko.Id || n.Employee == w.Kabid.Id);

        Assert.Equal((0, 0), await RunAtAsync(w, Thursday, 16, 10));
        Assert.Equal(7, (await NotificationsAsync(w)).Count);
    }

    [Fact]
    public async Task A_report_sent_before_the_reminder_time_is_not_reminded()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            scope.Db.DailyReports.Add(new DailyReport
            {
                TenantId = w.Tenant.Id, EmployeeId = w.Dedi.Id, WorkDate = Thursday, Status = ReportStatus.Submitted,
                SubmittedAt = ReportsWorld.Wib(Thursday, 15), UpdatedAt = ReportsWorld.Wib(Thursday, 15),
            });
            await scope.Db.SaveChangesAsync();
        }
        var (due, _) = await RunAtAsync(w, Thursday, 16, 5);
        Assert.Equal(2, due);
        Assert.DoesNotContain(await NotificationsAsync(w), n => n.Employee == w.Dedi.Id && n.Link == "/Reports?date=2026-06-04");
    }

    [Fact]
    public async Task A_holiday_sends_no_reminder_of_the_day()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var (due, _) = await RunAtAsync(w, ReportsWorld.Holiday, 16, 5);
        Assert.Equal(0, due);
    }

    [Fact]
    public async Task The_job_reminds_in_every_tenant_through_its_own_scope()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        await using var scope = Db.NewScope();
        var job = ActivatorUtilities.CreateInstance<ReportReminderJob>(scope.Services);
        await job.RunAsync(CancellationToken.None);
        // Today (the real clock) is long after June 2026: nothing of that week is recent enough to chase.
        Assert.Empty(await NotificationsAsync(w));
    }

    public sealed class OnSqlite(SqliteFixture db) : ReportReminderTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ReportReminderTests(db), IClassFixture<PostgresFixture>;
}
