using Sikerja.Data.Batching;

namespace Sikerja.Integration.Tests.Batching;

/// <summary>The batching under group commit and batched reads, without a database.</summary>
public sealed class CoalescerTests
{
    [Fact]
    public async Task Requests_that_arrive_while_a_batch_runs_form_the_next_batch_and_each_gets_its_own_result()
    {
        var batches = new List<IReadOnlyList<int>>();
        var firstStarted = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();
        await using var coalescer = new Coalescer<int, string>(async batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }
            if (batches.Count == 1)
            {
                firstStarted.SetResult();
                await releaseFirst.Task;
            }
            return [.. batch.Select(i => $"#{i}")];
        }, maxBatch: 10);

        var first = coalescer.RunAsync(0);
        await firstStarted.Task;
        var waiting = Enumerable.Range(1, 25).Select(coalescer.RunAsync).ToList();
        releaseFirst.SetResult();
        var results = await Task.WhenAll(waiting.Prepend(first));

        Assert.Equal(Enumerable.Range(0, 26).Select(i => $"#{i}"), results);
        Assert.Equal([1, 10, 10, 5], batches.Select(b => b.Count));
    }

    [Fact]
    public async Task A_failing_batch_fails_each_of_its_requests_and_the_next_batch_runs()
    {
        var calls = 0;
        await using var coalescer = new Coalescer<int, int>(batch =>
            Interlocked.Increment(ref calls) == 1
                ? throw new TimeoutException("database unreachable")
                : Task.FromResult<IReadOnlyList<int>>([.. batch]), maxBatch: 10);

        await Assert.ThrowsAsync<TimeoutException>(() => coalescer.RunAsync(1));
        Assert.Equal(2, await coalescer.RunAsync(2));
    }

    [Fact]
    public async Task Disposing_runs_what_was_queued()
    {
        var ran = 0;
        var coalescer = new Coalescer<int, int>(async batch =>
        {
            await Task.Delay(5);
            Interlocked.Add(ref ran, batch.Count);
            return [.. batch];
        }, maxBatch: 4);
        var queued = Enumerable.Range(0, 9).Select(coalescer.RunAsync).ToList();

        await coalescer.DisposeAsync();

        Assert.Equal(9, ran);
        Assert.All(queued, t => Assert.True(t.IsCompletedSuccessfully));
        Assert.Throws<ObjectDisposedException>(() => { _ = coalescer.RunAsync(10); });
    }
}
