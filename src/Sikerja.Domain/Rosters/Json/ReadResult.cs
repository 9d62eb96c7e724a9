namespace Sikerja.Domain.Rosters.Json;

/// <summary>What reading a document gave: the value when it is valid, otherwise every problem found (each
/// naming its JSON path) and no value.</summary>
public sealed record ReadResult<T>(T? Value, IReadOnlyList<Problem> Problems)
    where T : class
{
    public bool IsValid => Value is not null;

    internal static ReadResult<T> Of(T value, List<Problem> problems) => problems.Count == 0 ? new(value, []) : new(null, problems);
}
