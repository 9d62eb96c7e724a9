using Microsoft.Extensions.Time.Testing;
using Sikerja.Data.Jobs;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Integration.Tests.Jobs;

/// <summary>The lease on a job: one holder at a time, handed over on expiry or release, settled by the database alone.</summary>
public abstract class JobLeaseTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

    private static string NewJobName() => $"job-{Guid.NewGuid():N}";

    private async Task<bool> TryAcquireAsync(string job, string holder)
    {
        await using var scope = Db.NewScope();
        return await new JobLeases(scope.Db, _time).TryAcquireAsync(job, holder, Duration, CancellationToken.None);
    }

    [Fact]
    public async Task Of_two_holders_only_the_first_gets_the_lease_and_the_other_only_after_it_expires()
    {
        var job = NewJobName();
        Assert.True(await TryAcquireAsync(job, "node-a"));
        Assert.False(await TryAcquireAsync(job, "node-b"));
        Assert.True(await TryAcquireAsync(job, "node-a"));

        _time.Advance(Duration - TimeSpan.FromSeconds(1));
        Assert.False(await TryAcquireAsync(job, "node-b"));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await TryAcquireAsync(job, "node-b"));
        Assert.False(await TryAcquireAsync(job, "node-a"));
    }

    [Fact]
    public async Task A_released_lease_goes_to_the_next_holder_at_once()
    {
        var job = NewJobName();
        Assert.True(await TryAcquireAsync(job, "node-a"));
        await using (var scope = Db.NewScope())
        {
            var leases = new JobLeases(scope.Db, _time);
            await leases.ReleaseAsync(job, "node-b", CancellationToken.None);
            Assert.False(await TryAcquireAsync(job, "node-b"));
            await leases.ReleaseAsync(job, "node-a", CancellationToken.None);
        }
        Assert.True(await TryAcquireAsync(job, "node-b"));
    }

    [Fact]
    public async Task Holders_racing_for_a_new_job_get_exactly_one_lease()
    {
        var job = NewJobName();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => TryAcquireAsync(job, $"node-{i}"))));
        Assert.Single(results, taken => taken);
    }

    [Fact]
    public async Task A_completed_job_is_due_again_after_its_interval()
    {
        var job = NewJobName();
        await using var scope = Db.NewScope();
        var leases = new JobLeases(scope.Db, _time);
        Assert.True(await leases.IsDueAsync(job, TimeSpan.FromHours(1), CancellationToken.None));
        Assert.True(await leases.TryAcquireAsync(job, "node-a", Duration, CancellationToken.None));
        await leases.CompleteAsync(job, "node-a", CancellationToken.None);
        Assert.False(await leases.IsDueAsync(job, TimeSpan.FromHours(1), CancellationToken.None));
        Assert.True(await TryAcquireAsync(job, "node-b"));

        _time.Advance(TimeSpan.FromHours(1));
        Assert.True(await leases.IsDueAsync(job, TimeSpan.FromHours(1), CancellationToken.None));
    }

    public sealed class OnSqlite(SqliteFixture db) : JobLeaseTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : JobLeaseTests(db), IClassFixture<PostgresFixture>;
}
