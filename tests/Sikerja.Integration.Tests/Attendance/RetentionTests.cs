using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Features.Attendance;
using static Sikerja.Integration.Tests.Attendance.PresenceWorld;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>
/// Retention of personal data: office days past the tenant's period become counts and lose their visitors; check-ins
/// past the location period lose location and photo; newer days keep everything; a second run changes nothing.
/// </summary>
public abstract class RetentionTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task RunAsync()
    {
        await using var scope = Db.NewScope();
        await scope.Get<PresenceRetention>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Old_days_become_counts_old_locations_are_cleared_and_a_second_run_changes_nothing()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 1);
        await w.OfficeAsync(Db);
        var t = w.Tenant.Id;
        var old = w.Today.AddDays(-100);
        var older = w.Today.AddDays(-95);
        var middle = w.Today.AddDays(-40);
        var recent = w.Today.AddDays(-10);
        var headIn = CheckIn(t, w.Head, old, CheckDirection.In, WorkMode.Office, new TimeOnly(7, 30), w.Dinas.Id);
        var middleIn = CheckIn(t, w.Head, middle, CheckDirection.In, WorkMode.Office, new TimeOnly(7, 30), w.Dinas.Id);
        var recentIn = CheckIn(t, w.Head, recent, CheckDirection.In, WorkMode.Office, new TimeOnly(7, 30), w.Dinas.Id);
        await AddAsync(Db, t,
            new AttendanceSettings { TenantId = t, PresenceRetentionDays = 90, LocationRetentionDays = 30 },
            headIn,
            CheckIn(t, w.Head, old, CheckDirection.Out, WorkMode.Office, new TimeOnly(16, 0), w.Dinas.Id),
            CheckIn(t, w.StaffA[0], old, CheckDirection.In, WorkMode.Office, new TimeOnly(7, 40), w.Dinas.Id),
            CheckIn(t, w.StaffA[1], old, CheckDirection.In, WorkMode.Home, new TimeOnly(7, 40), null),
            middleIn, recentIn,
            Visit(t, w.Dinas.Id, old), Visit(t, w.Dinas.Id, older), Visit(t, w.Dinas.Id, older), Visit(t, w.Dinas.Id, middle), Visit(t, w.Dinas.Id, recent));
        await AddAsync(Db, t,
            new CheckInPhoto { CheckInId = headIn.Id, TenantId = t, ContentType = "image/jpeg", Content = [1, 2, 3] },
            new CheckInPhoto { CheckInId = middleIn.Id, TenantId = t, ContentType = "image/jpeg", Content = [4] },
            new CheckInPhoto { CheckInId = recentIn.Id, TenantId = t, ContentType = "image/jpeg", Content = [5] });

        await RunAsync();
        var first = await SnapshotAsync(t);
        await RunAsync();
        var second = await SnapshotAsync(t);

        Assert.Equal([(old, 2, 1), (older, 0, 2)], first.Counts);
        Assert.Equal([middle, recent], first.VisitDays);
        Assert.Equal([recentIn.Id], first.Located);
        Assert.Equal(5, first.Reduced.Count);
        Assert.DoesNotContain(recentIn.Id, first.Reduced);
        Assert.Equal([recentIn.Id], first.Photos);
        Assert.Equal(first, second);

        await using var scope = await AsAsync(w.AdminAccount);
        var reduced = (await scope.Get<PresenceService>().ListAsync(w.Dinas.Id, old, CancellationToken.None)).Value!;
        Assert.Equal((true, 2, 1), (reduced.Reduced, reduced.Employees, reduced.Visitors));
        Assert.Empty(reduced.Rows);
        var kept = (await scope.Get<PresenceService>().ListAsync(w.Dinas.Id, middle, CancellationToken.None)).Value!;
        Assert.Equal((false, 1, 1), (kept.Reduced, kept.Employees, kept.Visitors));
    }

    private static OfficeVisit Visit(Guid tenant, Guid unit, DateOnly day) => new()
    {
        TenantId = tenant, UnitId = unit, Date = day, VisitorName = "Tamu", Phone = "+6281234567890", MetName = "Sekretaris",
        ArrivedAt = Utc(day, new TimeOnly(9, 0)),
    };

    private sealed record Snapshot(
        List<(DateOnly, int, int)> Counts, List<DateOnly> VisitDays, List<Guid> Located, List<Guid> Reduced, List<Guid> Photos)
    {
        public bool Equals(Snapshot? other) => other is not null && Counts.SequenceEqual(other.Counts) && VisitDays.SequenceEqual(other.VisitDays)
            && Located.SequenceEqual(other.Located) && Reduced.SequenceEqual(other.Reduced) && Photos.SequenceEqual(other.Photos);

        public override int GetHashCode() => Counts.Count;
    }

    private async Task<Snapshot> SnapshotAsync(Guid tenant)
    {
        await using var scope = Db.NewScope().InTenant(tenant);
        var counts = (await scope.Db.PresenceCounts.OrderBy(c => c.Date).ToListAsync()).Select(c => (c.Date, c.Employees, c.Visitors)).ToList();
        var visits = await scope.Db.OfficeVisits.OrderBy(v => v.Date).Select(v => v.Date).ToListAsync();
        var located = await scope.Db.CheckIns.Where(c => c.Latitude != null || c.Longitude != null || c.AccuracyMetres != null).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var reduced = await scope.Db.CheckIns.Where(c => c.Reduced && c.Latitude == null && c.Longitude == null && c.AccuracyMetres == null)
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var photos = await scope.Db.CheckInPhotos.Select(p => p.CheckInId).ToListAsync();
        return new Snapshot(counts, visits, located, reduced, photos);
    }

    public sealed class OnSqlite(SqliteFixture db) : RetentionTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : RetentionTests(db), IClassFixture<PostgresFixture>;
}
