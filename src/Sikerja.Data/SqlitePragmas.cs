using Microsoft.EntityFrameworkCore;

namespace Sikerja.Data;

public static class SqlitePragmas
{
    /// <summary>Write-ahead logging lets pages read while a request writes; it is a property of the file, set once.</summary>
    public static async Task ApplyAsync(SikerjaDbContext db)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}
