using Sikerja.Domain;

namespace Sikerja.Web.Features.Shared;

public enum CommandStatus
{
    Done,
    Refused,
    NotFound,
    Forbidden,
}

/// <summary>The outcome of a command: done (with a value), refused (with every problem), not found or forbidden.</summary>
public sealed record CommandResult<T>(CommandStatus Status, T? Value, IReadOnlyList<Problem> Problems)
{
    public bool IsDone => Status == CommandStatus.Done;

    public static CommandResult<T> Done(T value) => new(CommandStatus.Done, value, []);

    public static CommandResult<T> Refused(IEnumerable<Problem> problems) => new(CommandStatus.Refused, default, [.. problems]);

    public static CommandResult<T> Refused(string where, string message) => Refused([new Problem(where, message)]);

    public static CommandResult<T> NotFound() => new(CommandStatus.NotFound, default, []);

    public static CommandResult<T> Forbidden() => new(CommandStatus.Forbidden, default, []);
}
