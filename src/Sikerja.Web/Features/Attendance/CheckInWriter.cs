using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Batching;
using Sikerja.Domain.Attendance;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Group commit for check-ins: the records of concurrent requests are inserted together, in one round trip and one
/// transaction, instead of a commit each (at the morning peak, commits are what the database spends its time on).
/// A request is answered only after its record committed, so nothing acknowledged is lost. When a batch fails on a
/// row (a client id stored in the meantime), its records are written one by one, so that each request gets its own
/// outcome; any other failure (the database unreachable) fails the whole batch, and nothing of it is stored.
/// </summary>
public sealed class CheckInWriter : IAsyncDisposable
{
    /// <summary>The most records of one transaction: large enough for any peak, small enough to keep one commit short.</summary>
    public const int MaxBatch = 256;

    private readonly IDbContextFactory<SikerjaDbContext> _contexts;
    private readonly Coalescer<PendingWrite, Exception?> _batches;

    public CheckInWriter(IDbContextFactory<SikerjaDbContext> contexts)
    {
        _contexts = contexts;
        _batches = new Coalescer<PendingWrite, Exception?>(WriteBatchAsync, MaxBatch);
    }

    /// <summary>Completes when <paramref name="record"/> (and its photo) committed; throws what its insert threw.</summary>
    public async Task WriteAsync(CheckIn record, CheckInPhoto? photo)
    {
        if (await _batches.RunAsync(new PendingWrite(record, photo)) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>Stopping: what was queued is still written before the host goes.</summary>
    public ValueTask DisposeAsync() => _batches.DisposeAsync();

    private async Task<IReadOnlyList<Exception?>> WriteBatchAsync(IReadOnlyList<PendingWrite> batch)
    {
        try
        {
            await InsertAsync(batch);
            return new Exception?[batch.Count];
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            var outcomes = new Exception?[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                try
                {
                    await InsertAsync([batch[i]]);
                }
                catch (DbUpdateException e)
                {
                    outcomes[i] = e;
                }
            }
            return outcomes;
        }
    }

    private async Task InsertAsync(IReadOnlyList<PendingWrite> batch)
    {
        // Not bound to a tenant: an insert is not filtered, and every record names its own tenant.
        await using var db = await _contexts.CreateDbContextAsync();
        foreach (var pending in batch)
        {
            db.CheckIns.Add(pending.Record);
            if (pending.Photo is not null)
            {
                db.CheckInPhotos.Add(pending.Photo);
            }
        }
        await db.SaveChangesAsync();
    }

    private sealed record PendingWrite(CheckIn Record, CheckInPhoto? Photo);
}
