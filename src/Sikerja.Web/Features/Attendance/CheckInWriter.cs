using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Batching;
using Sikerja.Domain.Attendance;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Group commit for check-ins: the records of concurrent requests are inserted together, in one round trip and one
/// transaction, instead of a commit each (at the morning peak, commits are what the database spends its time on).
/// A request is answered only after its record committed, so nothing acknowledged is lost. A batch that fails on
/// a row reads which of its client ids are stored already (a phone retrying), answers those with the stored
/// record, and writes the others again, one by one if they still fail, so that each request gets its own outcome.
/// Any other failure (the database unreachable) fails the whole batch, and nothing of it is stored.
/// </summary>
public sealed class CheckInWriter : IAsyncDisposable
{
    /// <summary>The most records of one transaction: large enough for any peak, small enough to keep one commit short.</summary>
    public const int MaxBatch = 256;

    private readonly IDbContextFactory<SikerjaDbContext> _contexts;
    private readonly Coalescer<PendingWrite, WriteOutcome> _batches;

    public CheckInWriter(IDbContextFactory<SikerjaDbContext> contexts)
    {
        _contexts = contexts;
        _batches = new Coalescer<PendingWrite, WriteOutcome>(WriteBatchAsync, MaxBatch);
    }

    /// <summary>
    /// Writes <paramref name="record"/> (and its photo). Answers null once it committed, or the record already stored
    /// under its tenant and client id (not written again); throws what its insert threw.
    /// </summary>
    public async Task<CheckIn?> WriteAsync(CheckIn record, CheckInPhoto? photo)
    {
        var outcome = await _batches.RunAsync(new PendingWrite(record, photo));
        if (outcome.Failure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
        return outcome.Stored;
    }

    /// <summary>Stopping: what was queued is still written before the host goes.</summary>
    public ValueTask DisposeAsync() => _batches.DisposeAsync();

    private async Task<IReadOnlyList<WriteOutcome>> WriteBatchAsync(IReadOnlyList<PendingWrite> batch)
    {
        try
        {
            await InsertAsync(batch);
            return [.. batch.Select(_ => WriteOutcome.Written)];
        }
        catch (DbUpdateException)
        {
            var stored = await StoredAsync(batch);
            var outcomes = batch.Select(p => stored.TryGetValue((p.Record.TenantId, p.Record.ClientId), out var s) ? new WriteOutcome(s, null) : WriteOutcome.Written).ToArray();
            var rest = Enumerable.Range(0, batch.Count).Where(i => outcomes[i].Stored is null).ToList();
            await InsertEachAsync(batch, rest, outcomes);
            return outcomes;
        }
    }

    /// <summary>The rest of a failed batch: together if they go together, else one by one (two taps of one client id in a batch).</summary>
    private async Task InsertEachAsync(IReadOnlyList<PendingWrite> batch, List<int> rest, WriteOutcome[] outcomes)
    {
        if (rest.Count > 1)
        {
            try
            {
                await InsertAsync([.. rest.Select(i => batch[i])]);
                return;
            }
            catch (DbUpdateException)
            {
                // Written one by one below.
            }
        }
        foreach (var i in rest)
        {
            try
            {
                await InsertAsync([batch[i]]);
            }
            catch (DbUpdateException e)
            {
                outcomes[i] = new WriteOutcome(null, e);
            }
        }
    }

    private async Task InsertAsync(IReadOnlyList<PendingWrite> batch)
    {
        // Not bound to a tenant: an insert is not filtered, and every record names its own tenant. Only additions
        // are tracked, so there are no changes to detect.
        await using var db = await _contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
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

    /// <summary>The records already stored under the batch's tenants and client ids (by the unique index on both).</summary>
    private async Task<Dictionary<(Guid TenantId, Guid ClientId), CheckIn>> StoredAsync(IReadOnlyList<PendingWrite> batch)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        var stored = new Dictionary<(Guid TenantId, Guid ClientId), CheckIn>();
        foreach (var tenant in batch.GroupBy(p => p.Record.TenantId))
        {
            var clientIds = tenant.Select(p => p.Record.ClientId).Distinct().ToList();
            var found = await db.CheckIns.IgnoreQueryFilters().AsNoTracking()
                .Where(c => c.TenantId == tenant.Key && clientIds.Contains(c.ClientId))
                .ToListAsync();
            found.ForEach(c => stored[(c.TenantId, c.ClientId)] = c);
        }
        return stored;
    }

    private sealed record PendingWrite(CheckIn Record, CheckInPhoto? Photo);

    private sealed record WriteOutcome(CheckIn? Stored, Exception? Failure)
    {
        public static readonly WriteOutcome Written = new(null, null);
    }
}
