using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;

namespace Sikerja.Cli;

internal static class DatabaseCommands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Applies every pending migration to the configured database (SQLite or PostgreSQL).");
        command.SetAction(async (_, ct) =>
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            await SqlitePragmas.ApplyAsync(db);
            var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
            Console.WriteLine(pending.Count == 0
                ? $"{settings.Provider}: database is up to date."
                : $"{settings.Provider}: applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return CliRunner.Ok;
        });
        return command;
    }
}
