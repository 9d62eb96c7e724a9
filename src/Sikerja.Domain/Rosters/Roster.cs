namespace Sikerja.Domain.Rosters;

/// <summary>The solver's answer for a scenario (roster-scenario.md, "Roster"): one assignment per employee and
/// working day, the shortfalls and the unavoidable cap violations.</summary>
public sealed record Roster(
    string Policy,
    IReadOnlyList<RosterAssignment> Assignments,
    IReadOnlyList<Shortfall> Shortfalls,
    IReadOnlyList<CapViolation> Violations,
    RosterSummary Summary);
