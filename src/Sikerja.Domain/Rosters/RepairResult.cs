namespace Sikerja.Domain.Rosters;

/// <summary>The repaired roster and exactly the assignments that differ from the published one.</summary>
public sealed record RepairResult(Roster Roster, IReadOnlyList<RosterChange> Changes);
