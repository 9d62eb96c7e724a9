using Sikerja.Domain.Access;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Schedule;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Schedule.PublishedRosterWorld;

namespace Sikerja.Integration.Tests.Schedule;

/// <summary>"Jadwal saya": each employee reads their own published days, with place, shift times and reasons; drafts are no one's schedule.</summary>
public abstract class ScheduleQueryTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<ScheduleRange> MineAsync(Guid account, DateOnly from, DateOnly to)
    {
        await using var scope = await AsAsync(account);
        var result = await scope.Get<ScheduleQuery>().MineAsync(from, to, CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        return result.Value!;
    }

    private async Task<Guid> AccountOfAsync(PublishedRosterWorld w, Employee e)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return scope.Db.Users.Single(u => u.EmployeeId == e.Id).Id;
    }

    [Fact]
    public async Task Each_day_shows_where_the_employee_works_as_published()
    {
        var w = await CreateAsync(Db);
        var entries = await w.EntriesAsync(Db);
        var staff = w.StaffA[0];

        var range = await MineAsync(await AccountOfAsync(w, staff), w.Today, w.Today.AddDays(6));

        Assert.Equal(w.Today, range.Today);
        Assert.Equal(7, range.Days.Count);
        foreach (var day in range.Days)
        {
            var entry = entries[(staff.Id, day.Date)];
            Assert.Equal(entry.Reason, day.Reason);
            Assert.Equal(w.Plan.PolicyNumber, day.PolicyNumber);
            if (entry.Mode == WorkMode.Office)
            {
                Assert.Equal(ScheduleDayKind.Office, day.Kind);
                Assert.Equal((w.SeksiA.Name, Address), (day.UnitName, day.OfficeAddress));
                Assert.Equal(entry.Shifts.Indexes().Select(i => new[] { Morning, Afternoon }[i]), day.ShiftList);
            }
            else
            {
                Assert.Equal((ScheduleDayKind.Home, AssignmentReason.Home), (day.Kind, day.Reason));
                Assert.Empty(day.ShiftList);
            }
        }
        Assert.Contains(range.Days, d => d.Kind == ScheduleDayKind.Office);
        Assert.Contains(range.Days, d => d.Kind == ScheduleDayKind.Home);
    }

    [Fact]
    public async Task The_head_is_at_the_office_in_both_shifts_and_a_sick_employee_is_off_with_the_cause()
    {
        var w = await CreateAsync(Db, arrange: async (t, people) =>
        {
            await using var scope = Db.NewScope().InTenant(t.Id);
            var today = new Sikerja.Domain.Calendar.TenantClock(TimeProvider.System, "Asia/Jakarta").Today;
            scope.Db.Unavailabilities.Add(new Unavailability
            {
                TenantId = t.Id, EmployeeId = people[^1].Id, From = today.AddDays(1), To = today.AddDays(2), Cause = UnavailabilityCause.Quarantine,
                RecordedAt = DateTime.UtcNow,
            });
            await scope.Db.SaveChangesAsync();
        });

        var head = await MineAsync(await AccountOfAsync(w, w.Head), w.Today, w.Today.AddDays(6));
        Assert.All(head.Days, d => Assert.Equal((ScheduleDayKind.Office, AssignmentReason.AlwaysOnSite), (d.Kind, d.Reason)));
        Assert.All(head.Days, d => Assert.Equal([Morning, Afternoon], d.ShiftList));
        Assert.All(head.Days, d => Assert.Equal((w.Dinas.Name, Address), (d.UnitName, d.OfficeAddress)));

        var sick = await MineAsync(await AccountOfAsync(w, w.StaffB[^1]), w.Today, w.Today.AddDays(6));
        Assert.Equal(
            [w.Today.AddDays(1), w.Today.AddDays(2)],
            sick.Days.Where(d => d.Kind == ScheduleDayKind.Off).Select(d => d.Date));
        Assert.All(sick.Days.Where(d => d.Kind == ScheduleDayKind.Off),
            d => Assert.Equal((AssignmentReason.Unavailable, UnavailabilityCause.Quarantine), (d.Reason, d.Cause)));
    }

    [Fact]
    public async Task Days_without_a_published_roster_are_not_planned_and_a_draft_is_nobodys_schedule()
    {
        var w = await CreateAsync(Db, days: 3);
        var draft = await PublishAsync(Db, w.AdminAccount, w.Today.AddDays(5), w.Today.AddDays(8), publish: false);

        var range = await MineAsync(await AccountOfAsync(w, w.StaffA[1]), w.Today, w.Today.AddDays(8));

        Assert.All(range.Days.Take(3), d => Assert.True(d.IsPlanned));
        Assert.All(range.Days.Skip(3), d => Assert.Equal(ScheduleDayKind.NotPlanned, d.Kind));
        Assert.Equal(draft.From, w.Today.AddDays(5));
        var overview = ScheduleOverview.From(range);
        Assert.Equal(w.Today, overview.Today.Date);
        Assert.Equal([w.Today.AddDays(1), w.Today.AddDays(2)], overview.Coming.Select(d => d.Date));
    }

    [Fact]
    public async Task The_schedule_is_only_ever_the_callers_own()
    {
        var w = await CreateAsync(Db, days: 2);
        var other = await CreateAsync(Db, days: 2);
        var entries = await w.EntriesAsync(Db);

        var mine = await MineAsync(await AccountOfAsync(w, w.StaffB[0]), w.Today, w.Today.AddDays(1));
        Assert.Equal(w.StaffB[0].Id, mine.EmployeeId);
        Assert.Equal(entries.Where(e => e.Key.Employee == w.StaffB[0].Id).OrderBy(e => e.Key.Date).Select(e => e.Value.Reason), mine.Days.Select(d => d.Reason!.Value));
        Assert.DoesNotContain(mine.Days, d => d.UnitName == other.SeksiB.Name);

        await using (var scope = await AsAsync(await w.Tenant.AccountAsync(null, Role.TenantAdmin)))
        {
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<ScheduleQuery>().MineAsync(w.Today, w.Today, CancellationToken.None)).Status);
        }
        await using (var scope = await AsAsync(await AccountOfAsync(w, w.Head)))
        {
            var tooLong = await scope.Get<ScheduleQuery>().MineAsync(w.Today, w.Today.AddDays(400), CancellationToken.None);
            Assert.Equal(("to", "paling banyak 366 hari sekali baca"), (tooLong.Problems[0].Where, tooLong.Problems[0].Message));
        }
    }

    public sealed class OnSqlite(SqliteFixture db) : ScheduleQueryTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ScheduleQueryTests(db), IClassFixture<PostgresFixture>;
}
