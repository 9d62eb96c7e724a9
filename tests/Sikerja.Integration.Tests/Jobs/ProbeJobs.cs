using Sikerja.Web.Hosting.Jobs;

namespace Sikerja.Integration.Tests.Jobs;

/// <summary>What the probe jobs did, shared by every run in a test.</summary>
public sealed class ProbeRuns
{
    private int _count;

    public int Count => _count;

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add()
    {
        Interlocked.Increment(ref _count);
        Started.TrySetResult();
    }
}

/// <summary>Counts its runs and takes a moment, so that runners ticking together overlap.</summary>
public sealed class CountingJob(ProbeRuns runs) : IBackgroundJob
{
    public static string Name => "test-counting";

    public static TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken ct)
    {
        runs.Add();
        await Task.Delay(100, ct);
    }
}

/// <summary>Fails on its first run, succeeds afterwards.</summary>
public sealed class FailingOnceJob(ProbeRuns runs) : IBackgroundJob
{
    public static string Name => "test-failing-once";

    public static TimeSpan Interval => TimeSpan.FromHours(1);

    public Task RunAsync(CancellationToken ct)
    {
        runs.Add();
        return runs.Count == 1 ? throw new InvalidOperationException("first run fails") : Task.CompletedTask;
    }
}

/// <summary>Runs until the runner stops.</summary>
public sealed class EndlessJob(ProbeRuns runs) : IBackgroundJob
{
    public static string Name => "test-endless";

    public static TimeSpan Interval => TimeSpan.FromHours(1);

    public Task RunAsync(CancellationToken ct)
    {
        runs.Add();
        return Task.Delay(Timeout.Infinite, ct);
    }
}
