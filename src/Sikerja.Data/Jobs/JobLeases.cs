using Microsoft.EntityFrameworkCore;

namespace Sikerja.Data.Jobs;

/// <summary>
/// Taking, keeping and giving back the lease on a named job (see <see cref="JobLease"/>). Every decision is one
/// statement the database settles, so nodes need no state of their own and agree on SQLite and PostgreSQL alike.
/// </summary>
public sealed class JobLeases(SikerjaDbContext db, TimeProvider time)
{
    /// <summary>
    /// Takes the lease for <paramref name="duration"/> when it is free or has expired, or extends it when
    /// <paramref name="holder"/> holds it already. Returns false while another holder's lease runs.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken ct)
    {
        await EnsureRowAsync(name, ct);
        var now = Now;
        var until = now + duration;
        // One conditional UPDATE: of nodes racing for the same row, the database lets exactly one match it.
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.LeasedUntil < now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, until), ct);
        return taken == 1;
    }

    /// <summary>Gives the lease back so that another node may take it at once; does nothing unless held by <paramref name="holder"/>.</summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken ct) =>
        db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, Free), ct);

    /// <summary>Records a finished run and gives the lease back, in one statement.</summary>
    public Task CompleteAsync(string name, string holder, CancellationToken ct)
    {
        var now = Now;
        return db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCompletedAt, now).SetProperty(l => l.LeasedUntil, Free), ct);
    }

    /// <summary>
    /// Gives the lease up but keeps every node, <paramref name="holder"/> included, off the job for
    /// <paramref name="delay"/>: a failed run is retried then, not on every look.
    /// </summary>
    public Task BackOffAsync(string name, string holder, TimeSpan delay, CancellationToken ct)
    {
        var until = Now + delay;
        return db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.LeasedUntil, until), ct);
    }

    /// <summary>True when the job never completed or its last run completed at least <paramref name="interval"/> ago.</summary>
    public async Task<bool> IsDueAsync(string name, TimeSpan interval, CancellationToken ct)
    {
        var last = await db.JobLeases.AsNoTracking().Where(l => l.Name == name).Select(l => l.LastCompletedAt).SingleOrDefaultAsync(ct);
        return last is not { } completed || completed + interval <= Now;
    }

    /// <summary>The moment a released or new lease is held until: long past, so any node may take it.</summary>
    private static DateTime Free => DateTime.UnixEpoch;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Adds the job's row the first time; a node that loses the race to add it simply finds it there.</summary>
    private async Task EnsureRowAsync(string name, CancellationToken ct)
    {
        if (await db.JobLeases.AnyAsync(l => l.Name == name, ct))
        {
            return;
        }
        var free = Free;
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "JobLeases" ("Name", "LeasedUntil") VALUES ({name}, {free}) ON CONFLICT ("Name") DO NOTHING""", ct);
    }
}
