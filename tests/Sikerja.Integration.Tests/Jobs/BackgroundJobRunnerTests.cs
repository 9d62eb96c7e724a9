using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data.Imports;
using Sikerja.Data.Jobs;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Hosting.Jobs;

namespace Sikerja.Integration.Tests.Jobs;

/// <summary>Runners on several nodes sharing one database: each due job runs once, wherever it runs.</summary>
public abstract class BackgroundJobRunnerTests(DatabaseFixture db) : DatabaseTest(db)
{
    private readonly ProbeRuns _runs = new();

    private async Task<JobHost> HostAsync(Action<IServiceCollection> jobs)
    {
        var host = new JobHost(Db, services =>
        {
            services.AddSingleton(_runs);
            jobs(services);
        });
        await host.ClearLeasesAsync();
        return host;
    }

    private static Task TickTogetherAsync(params BackgroundJobRunner[] runners) =>
        Task.WhenAll(runners.Select(r => Task.Run(() => r.TickAsync(CancellationToken.None))));

    [Fact]
    public async Task Two_runners_ticking_together_run_a_due_job_once_and_again_only_after_its_interval()
    {
        await using var host = await HostAsync(s => s.AddBackgroundJob<CountingJob>());
        var (a, b) = (host.NewRunner(), host.NewRunner());

        await TickTogetherAsync(a, b);
        Assert.Equal(1, _runs.Count);

        await TickTogetherAsync(a, b);
        host.Time.Advance(CountingJob.Interval - TimeSpan.FromMinutes(1));
        await TickTogetherAsync(a, b);
        Assert.Equal(1, _runs.Count);

        host.Time.Advance(TimeSpan.FromMinutes(1));
        await TickTogetherAsync(a, b);
        Assert.Equal(2, _runs.Count);
        Assert.Equal(2, host.Logs.Count("JobCompleted", CountingJob.Name));
    }

    [Fact]
    public async Task The_preview_expiry_deletes_only_previews_older_than_a_day_in_every_tenant_and_runs_once()
    {
        await using var host = await HostAsync(s => { });
        var now = host.Time.GetUtcNow().UtcDateTime;
        var first = await NewTenantAsync();
        var second = await NewTenantAsync();
        await BatchAsync(first, ImportStatus.Previewed, now.AddHours(-25));
        var freshPreview = await BatchAsync(first, ImportStatus.Previewed, now.AddHours(-23));
        var oldCommitted = await BatchAsync(first, ImportStatus.Committed, now.AddHours(-48));
        await BatchAsync(second, ImportStatus.Previewed, now.AddDays(-3));

        await TickTogetherAsync(host.NewRunner(), host.NewRunner());

        await using var scope = Db.NewScope();
        var left = await scope.Db.ImportBatches.IgnoreQueryFilters()
            .Where(b => b.TenantId == first.Id || b.TenantId == second.Id).Select(b => b.Id).ToListAsync();
        Assert.Equal(new[] { freshPreview, oldCommitted }.Order(), left.Order());
        Assert.Equal(1, host.Logs.Count("JobCompleted", ImportPreviewExpiry.Name));
        Assert.NotNull((await host.LeaseAsync(ImportPreviewExpiry.Name))?.LastCompletedAt);
    }

    [Fact]
    public async Task A_failed_run_is_logged_and_retried_after_a_pause_not_on_every_tick()
    {
        await using var host = await HostAsync(s => s.AddBackgroundJob<FailingOnceJob>());
        var runner = host.NewRunner();

        await runner.TickAsync(CancellationToken.None);
        Assert.Equal(1, host.Logs.Count("JobFailed", FailingOnceJob.Name));
        await TickTogetherAsync(runner, host.NewRunner());
        Assert.Equal(1, _runs.Count);

        host.Time.Advance(BackgroundJobRunner.RetryAfter - TimeSpan.FromSeconds(1));
        await TickTogetherAsync(runner, host.NewRunner());
        Assert.Equal(1, _runs.Count);

        host.Time.Advance(TimeSpan.FromSeconds(2));
        await TickTogetherAsync(runner, host.NewRunner());
        Assert.Equal(2, _runs.Count);
        Assert.Equal(1, host.Logs.Count("JobCompleted", FailingOnceJob.Name));
    }

    [Fact]
    public async Task A_stopping_runner_ends_its_run_and_hands_the_job_over_at_once()
    {
        await using var host = await HostAsync(s => s.AddBackgroundJob<EndlessJob>());
        var runner = host.NewRunner();
        await runner.StartAsync(CancellationToken.None);
        await _runs.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await runner.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(host.Logs.Events, e => e.Name == "RunnerStopped");
        Assert.DoesNotContain(host.Logs.Events, e => e.Name == "JobFailed");
        await using var scope = host.Services.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        Assert.True(await leases.TryAcquireAsync(EndlessJob.Name, "another-node", BackgroundJobRunner.Lease, CancellationToken.None));
    }

    private async Task<Guid> BatchAsync(TestTenant tenant, ImportStatus status, DateTime createdAt)
    {
        await using var scope = Db.NewScope().InTenant(tenant.Id);
        var batch = new ImportBatch { TenantId = tenant.Id, FileName = "pegawai.xlsx", Rows = "[]", Status = status, CreatedAt = createdAt };
        scope.Db.ImportBatches.Add(batch);
        await scope.Db.SaveChangesAsync();
        return batch.Id;
    }

    public sealed class OnSqlite(SqliteFixture db) : BackgroundJobRunnerTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : BackgroundJobRunnerTests(db), IClassFixture<PostgresFixture>;
}
