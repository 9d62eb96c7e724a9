namespace Sikerja.Domain.Rosters;

/// <summary>One assignment a repair changed.</summary>
public sealed record RosterChange(RosterAssignment Before, RosterAssignment After);
