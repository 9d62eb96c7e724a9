using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sikerja.Data;

namespace Sikerja.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>Applies migrations where configured (EF Core locks the history table, so nodes may start together).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SikerjaOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
        if (options.MigrateOnStart)
        {
            await db.Database.MigrateAsync();
        }
        await SqlitePragmas.ApplyAsync(db);
    }
}
