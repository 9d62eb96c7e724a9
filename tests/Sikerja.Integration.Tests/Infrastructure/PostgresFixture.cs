using Npgsql;
using Sikerja.Data;

namespace Sikerja.Integration.Tests.Infrastructure;

/// <summary>
/// A throwaway database on the PostgreSQL server named by <c>SIKERJA_TEST_POSTGRES</c> (the test command starts
/// one on loopback). Without it the tests fail: PostgreSQL is never silently skipped.
/// </summary>
public sealed class PostgresFixture : DatabaseFixture
{
    public const string ServerVariable = "SIKERJA_TEST_POSTGRES";

    private readonly string _database = $"sikerja_test_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } s
        ? s
        : throw new InvalidOperationException($"{ServerVariable} is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    protected override async Task<string> CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
