using System.IO;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sikerja.Web.Hosting;

namespace Sikerja.Web.Tests.Hosting;

/// <summary>Which failures are a database out of reach (503, retry) and which stay errors of the request.</summary>
public sealed class DatabaseOutageRecognitionTests
{
    public static TheoryData<string, Exception> Outages => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)) },
        { "connection closed mid-query", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()) },
        { "command timeout", new NpgsqlException("Exception while reading from stream", new TimeoutException()) },
        { "server shutting down", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown) },
        { "server starting", new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow) },
        { "connection failure", new PostgresException("connection failure", "FATAL", "FATAL", PostgresErrorCodes.ConnectionFailure) },
        { "too many connections", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections) },
        { "inside a failed save", new DbUpdateException("An error occurred while saving", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))) },
        { "SQLite file locked", new SqliteException("database is locked", 5) },
        { "SQLite file cannot be opened", new SqliteException("unable to open database file", 14) },
    };

    public static TheoryData<string, Exception> Failures => new()
    {
        { "unique violation", new DbUpdateException("An error occurred while saving", new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)) },
        { "syntax error", new PostgresException("syntax error", "ERROR", "ERROR", PostgresErrorCodes.SyntaxError) },
        { "SQLite constraint", new SqliteException("UNIQUE constraint failed", 19) },
        { "a bug", new InvalidOperationException("Sequence contains no elements") },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void An_unreachable_database_is_an_outage(string what, Exception exception) =>
        Assert.True(DatabaseOutage.IsOutage(exception), what);

    [Theory]
    [MemberData(nameof(Failures))]
    public void Other_failures_are_not(string what, Exception exception) =>
        Assert.False(DatabaseOutage.IsOutage(exception), what);
}
