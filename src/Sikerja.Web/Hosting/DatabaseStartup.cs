using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sikerja.Data;
using Sikerja.Web.Features.Demo;

namespace Sikerja.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations where configured (EF Core locks the history table, so nodes may start together),
    /// then, on an empty database and where configured, seeds the demo regency; the demo's sign-ins are
    /// printed once the server listens.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SikerjaOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup).FullName!);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
            if (options.MigrateOnStart)
            {
                // A migration may rebuild a large table: not bound by the short timeout of requests.
                db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
                await db.Database.MigrateAsync();
            }
            await SqlitePragmas.ApplyAsync(db);
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                DemoLog.PendingMigrations(logger);
                return;
            }
        }
        if (options.SeedDemoWhenEmpty)
        {
            await app.SeedDemoWhenEmptyAsync(options.DemoEmployees, logger);
        }
        await app.ShowDemoLoginsOnStartAsync();
    }
}
