using Sikerja.Data.Jobs;

namespace Sikerja.Web.Hosting.Jobs;

/// <summary>
/// Runs the registered jobs on every web node, each run on whichever node takes the job's lease. The lease and
/// the last completion live in the database, not in the node: a job runs once per interval however many nodes
/// there are, and a node that stops or dies mid-run hands the job over when its lease ends.
/// </summary>
public sealed class BackgroundJobRunner(
    IServiceScopeFactory scopes,
    IEnumerable<ScheduledJob> jobs,
    TimeProvider time,
    ILogger<BackgroundJobRunner> log) : BackgroundService
{
    /// <summary>How often a node looks for due jobs.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);

    /// <summary>How long a run may take before another node may take the job over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>How long after a failed run the job is tried again, on any node.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);

    private readonly IReadOnlyList<ScheduledJob> _jobs = [.. jobs];

    /// <summary>This runner's name in the lease table: the machine, the process and a random part for runners that share both.</summary>
    public string NodeId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        log.RunnerStarted(NodeId, _jobs.Count);
        using var timer = new PeriodicTimer(Tick, time);
        try
        {
            do
            {
                await TickAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: leave the loop quietly.
        }
        log.RunnerStopped(NodeId);
    }

    /// <summary>One look at every job: runs each that is due and whose lease this node takes.</summary>
    public async Task TickAsync(CancellationToken ct)
    {
        foreach (var job in _jobs)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                await RunIfDueAsync(job, ct);
            }
            catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
            {
                log.JobFailed(e, job.Name, NodeId, RetryAfter);
            }
        }
    }

    private async Task RunIfDueAsync(ScheduledJob job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.IsDueAsync(job.Name, job.Interval, ct) || !await leases.TryAcquireAsync(job.Name, NodeId, Lease, ct))
        {
            return;
        }
        var started = time.GetTimestamp();
        try
        {
            // Another node may have completed a run between the first look and the lease: look again, under the lease.
            if (!await leases.IsDueAsync(job.Name, job.Interval, ct))
            {
                await leases.ReleaseAsync(job.Name, NodeId, ct);
                return;
            }
            log.JobStarting(job.Name, NodeId);
            await ((IBackgroundJob)scope.ServiceProvider.GetRequiredService(job.JobType)).RunAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping mid-run: hand the job to another node now rather than when the lease ends.
            await leases.ReleaseAsync(job.Name, NodeId, CancellationToken.None);
            throw;
        }
        catch
        {
            await leases.BackOffAsync(job.Name, NodeId, RetryAfter, CancellationToken.None);
            throw;
        }
        await leases.CompleteAsync(job.Name, NodeId, CancellationToken.None);
        var elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        log.JobCompleted(job.Name, NodeId, elapsedMs);
    }
}
