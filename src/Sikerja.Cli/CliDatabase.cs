using Microsoft.EntityFrameworkCore;
using Sikerja.Data;

namespace Sikerja.Cli;

internal static class CliDatabase
{
    /// <summary>Verbs that write data need the current schema; say so plainly instead of failing on a missing table.</summary>
    public static async Task<bool> IsMigratedAsync(SikerjaDbContext db, string verb, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0)
        {
            return true;
        }
        await Console.Error.WriteLineAsync($"{verb}: the database is not up to date ({pending.Count} pending migration(s)); run `sikerja migrate` first");
        return false;
    }
}
