using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sikerja.Web.Hosting;

/// <summary>
/// Tells a database that cannot be reached (refused or broken connection, server shutting down or starting,
/// connection or command timeout, exhausted pool, a locked or unopenable SQLite file) from every other failure:
/// the former is answered 503 with Retry-After, since the same request succeeds once the database is back.
/// </summary>
public static class DatabaseOutage
{
    public static bool IsOutage(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        // A server error is an outage only for these classes: a constraint violation must stay a failure.
        PostgresException postgres => IsUnreachable(postgres.SqlState),
        NpgsqlException { IsTransient: true } => true,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError or SqliteCantOpen,
        SocketException or TimeoutException => true,
        _ => exception.InnerException is { } inner && IsOutage(inner),
    };

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteCantOpen = 14;

    /// <summary>Connection exceptions (class 08), too many connections (53300), and a server shutting down or starting (57P01–57P03).</summary>
    private static bool IsUnreachable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.TooManyConnections
            or PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow;
}
