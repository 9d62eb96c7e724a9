using System.Diagnostics;
using System.Reflection;
using Npgsql;

namespace Sikerja.AccountabilityBenchmarks;

/// <summary>
/// A year of daily reports, targets, travel permits and signed recaps for the benchmark tenant, generated set-based
/// by YearOfData.sql in one transaction (millions of rows: never through EF). The secondary indexes of the two big
/// tables are dropped before the load and rebuilt after it, from their own definitions, which is several times
/// faster than keeping them up to date row by row. Made once: a tenant that has reports is left as it is.
/// </summary>
internal static class YearOfData
{
    /// <summary>The tables it fills.</summary>
    public static readonly string[] Tables =
        ["DailyReports", "ReportActivities", "PerformanceTargets", "TravelPermits", "TravelDecisions", "TravelRecaps", "TravelRecapLines"];

    private static readonly string[] Reindexed = ["DailyReports", "ReportActivities"];

    public static async Task EnsureAsync(string connectionString, Guid tenantId, Guid adminUserId, DateOnly day, string homeRegion, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        if (await ScalarAsync<long>(connection, "SELECT count(*) FROM \"DailyReports\" WHERE \"TenantId\" = @tenant", ct, ("tenant", tenantId)) > 0)
        {
            Progress.Say("the year of data is there already");
            return;
        }
        var timer = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            await ExecuteAsync(connection, "CREATE TEMP TABLE bench_params (tenant uuid, first_day date, last_day date, admin uuid, home_region text) ON COMMIT DROP", ct);
            await ExecuteAsync(connection, "INSERT INTO bench_params VALUES (@tenant, @first, @last, @admin, @home)", ct, ("tenant", tenantId), ("first", day.AddYears(-1).AddDays(1)), ("last", day), ("admin", adminUserId), ("home", homeRegion));
            var indexes = await IndexesAsync(connection, ct);
            foreach (var (name, _) in indexes)
            {
                await ExecuteAsync(connection, $"DROP INDEX \"{name}\"", ct);
            }
            await ExecuteAsync(connection, Script(), ct);
            Progress.Say($"rows generated in {timer.Elapsed.TotalSeconds:0} s; rebuilding {indexes.Count} indexes");
            foreach (var (_, definition) in indexes)
            {
                await ExecuteAsync(connection, definition, ct);
            }
            await transaction.CommitAsync(ct);
        }
        await ExecuteAsync(connection, $"VACUUM ANALYZE {string.Join(", ", Tables.Select(t => $"\"{t}\""))}", ct);
        Progress.Say($"a year of data for {day.AddYears(-1).AddDays(1):yyyy-MM-dd} to {day:yyyy-MM-dd} in {timer.Elapsed.TotalSeconds:0} s (vacuumed and analyzed, as autovacuum leaves a table of old rows)");
    }

    private static async Task<List<(string Name, string Definition)>> IndexesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            ORDER BY i.indexname
            """, connection);
        command.Parameters.AddWithValue("tables", Reindexed);
        var result = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add((reader.GetString(0), reader.GetString(1)));
        }
        return result;
    }

    private static string Script()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("YearOfData.sql")
            ?? throw new InvalidOperationException("YearOfData.sql is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }
}
