namespace Sikerja.Domain.Rosters;

/// <summary>Minimum rule <see cref="Rule"/> (0-based index) cannot be met in a unit, day and shift:
/// <see cref="Available"/> matching employees are at the office where <see cref="Required"/> are needed.</summary>
public sealed record Shortfall(int Rule, string Unit, DateOnly Date, string Shift, int Required, int Available);
