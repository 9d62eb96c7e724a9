using System.Threading.Channels;

namespace Sikerja.Data.Batching;

/// <summary>
/// Runs concurrent requests of one kind together: the requests that arrive while a batch is being run form the next
/// batch, so a quiet server runs each alone at once and a busy one pays one database round trip (and one commit)
/// for many. Nothing waits to fill a batch. A batch that throws fails each of its requests with that exception.
/// </summary>
/// <param name="run">Runs a batch; answers with one result per request, in their order.</param>
/// <param name="maxBatch">The most requests of one batch.</param>
public sealed class Coalescer<TRequest, TResult>(Func<IReadOnlyList<TRequest>, Task<IReadOnlyList<TResult>>> run, int maxBatch) : IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _starting = new();
    private Task? _loop;

    /// <summary>Completes with the request's result once its batch ran; throws what the batch threw.</summary>
    public Task<TResult> RunAsync(TRequest request)
    {
        var pending = new Pending(request, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(Coalescer<TRequest, TResult>), "the application is stopping");
        }
        EnsureRunning();
        return pending.Result.Task;
    }

    /// <summary>Runs what was queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (Volatile.Read(ref _loop) is { } loop)
        {
            await loop;
        }
    }

    /// <summary>The one loop starts with the first request (a command that never makes one never starts it).</summary>
    private void EnsureRunning()
    {
        if (Volatile.Read(ref _loop) is not null)
        {
            return;
        }
        lock (_starting)
        {
            _loop ??= Task.Run(RunLoopAsync);
        }
    }

    private async Task RunLoopAsync()
    {
        var batch = new List<Pending>(maxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < maxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            await RunBatchAsync(batch);
            batch.Clear();
        }
    }

    private async Task RunBatchAsync(List<Pending> batch)
    {
        try
        {
            var results = await run([.. batch.Select(p => p.Request)]);
            if (results.Count != batch.Count)
            {
                throw new InvalidOperationException($"a batch of {batch.Count} answered {results.Count} results");
            }
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Result.TrySetResult(results[i]);
            }
        }
        catch (Exception e)
        {
            batch.ForEach(p => p.Result.TrySetException(e));
        }
    }

    private sealed record Pending(TRequest Request, TaskCompletionSource<TResult> Result);
}
