namespace Sikerja.Web.Features.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding the demo regency ({Employees} employees) into the empty database")]
    public static partial void Seeding(ILogger logger, int employees);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo regency {Tenant} seeded: {Units} units, {Employees} employees in {Seconds:0.0} s")]
    public static partial void Seeded(ILogger logger, string tenant, int units, int employees, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo regency not seeded: {Problems}")]
    public static partial void NotSeeded(ILogger logger, string problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another node seeded the demo regency first")]
    public static partial void SeededElsewhere(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has pending migrations: run `sikerja migrate`; no demo is seeded or shown until then")]
    public static partial void PendingMigrations(ILogger logger);
}
