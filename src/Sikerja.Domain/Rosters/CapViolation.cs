namespace Sikerja.Domain.Rosters;

/// <summary>A top-level unit's shift holds more covered employees than its cap because the fixed rules and the
/// minimums need them (kind <c>CapExceeded</c> in the roster format).</summary>
public sealed record CapViolation(string Unit, DateOnly Date, string Shift, int Cap, int OnSite)
{
    public const string Kind = "CapExceeded";
}
