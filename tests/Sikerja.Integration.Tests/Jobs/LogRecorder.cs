using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sikerja.Integration.Tests.Jobs;

/// <summary>Keeps every structured log event, so a test can count what the runners did.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public int Count(string eventName, string job) =>
        Events.Count(e => e.Name == eventName && e.Fields.GetValueOrDefault("Job") as string == job);

    public ILogger CreateLogger(string categoryName) => new Recorder(this);

    public void Dispose()
    {
    }

    public sealed record LogEvent(string? Name, LogLevel Level, IReadOnlyDictionary<string, object?> Fields, Exception? Exception);

    private sealed class Recorder(LogRecorder owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            owner._events.Enqueue(new LogEvent(eventId.Name, logLevel, fields.ToDictionary(f => f.Key, f => f.Value), exception));
        }
    }
}
