namespace Sikerja.Domain;

/// <summary>
/// One reason why an input or a command is refused: where (a field, a row, a JSON path) and why, in words a
/// user can act on. Rules return these instead of booleans.
/// </summary>
public sealed record Problem(string Where, string Message)
{
    public override string ToString() => string.IsNullOrEmpty(Where) ? Message : $"{Where}: {Message}";
}
