using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sikerja.Data;
using Sikerja.Web.Hosting;

namespace Sikerja.Benchmarks;

/// <summary>
/// A fresh, migrated database for one benchmark run (a temporary SQLite file, or a new database on the given
/// PostgreSQL server) and Sikerja's services over it, configured as the web host configures them.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _postgresServer;
    private readonly string? _sqliteFile;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? postgresServer, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresServer = postgresServer;
        _sqliteFile = sqliteFile;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{provider}"] = connectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSikerjaCore(configuration, Path.GetTempPath());
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string Name => Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string? postgresServer)
    {
        BenchDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"sikerja-bench-{Guid.NewGuid():N}.db");
            database = new BenchDatabase(provider, $"Data Source={file}", null, file);
        }
        else
        {
            var server = postgresServer ?? throw new InvalidOperationException("no PostgreSQL server given (--postgres)");
            var name = $"sikerja_bench_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            database = new BenchDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, server, null);
        }
        await using var scope = database.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
        await db.Database.MigrateAsync();
        await SqlitePragmas.ApplyAsync(db);
        return database;
    }

    /// <summary>One request's worth of services.</summary>
    public AsyncServiceScope NewScope() => _services.CreateAsyncScope();

    /// <summary>The server's version, e.g. "PostgreSQL 15.18" or "SQLite 3.46.1".</summary>
    public async Task<string> ServerVersionAsync()
    {
        await using var scope = NewScope();
        var connection = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Provider == DatabaseProvider.Sqlite ? "SELECT sqlite_version()" : "SHOW server_version";
        var version = (string)(await command.ExecuteScalarAsync())!;
        return $"{Name} {version.Split(' ')[0]}";
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(f);
            }
        }
        if (_postgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
