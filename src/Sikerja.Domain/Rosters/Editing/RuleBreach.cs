namespace Sikerja.Domain.Rosters.Editing;

/// <summary>Which rule of roster-scenario.md an edit of a roster cell would break.</summary>
public enum BreachKind
{
    /// <summary>Rule 1: the employee is recorded unavailable that day and must be off.</summary>
    Unavailable,

    /// <summary>Rules 2–5: the employee works at the office in every shift that day (<see cref="RuleBreach.Fixed"/> says why).</summary>
    FixedOffice,

    /// <summary>Only an unavailable employee is off.</summary>
    OffWithoutCause,

    /// <summary>Rule 6: an office day the roster chooses is in exactly one shift.</summary>
    OneShift,

    /// <summary>A minimum rule would no longer hold in a unit and shift.</summary>
    Minimum,

    /// <summary>The unit's shift would hold more than its cap, with no minimum needing the employee.</summary>
    Cap,

    /// <summary>Minimum staffing: no minimum rule needs the employee at the office.</summary>
    NotNeeded,

    /// <summary>Capacity staffing: the agency's shift is under its cap, so the employee belongs at the office.</summary>
    CapacityRoom,

    /// <summary>A priority-home employee would be at the office where no rule needs them or where someone else could go.</summary>
    PriorityHome,

    /// <summary>Two interchangeable employees' office days would differ by more than one.</summary>
    Fairness,
}

/// <summary>
/// One rule an edit breaks, with where and the figures to explain it: <see cref="Unit"/> a unit id (the agency for
/// cap rules), <see cref="Rule"/> the 0-based minimum rule, <see cref="Required"/> and <see cref="Actual"/> the
/// rule's number and the roster's (for a cap: the cap and the count at the office; for fairness: the two
/// employees' office days), <see cref="Other"/> the other employee's name where one is involved.
/// </summary>
public sealed record RuleBreach(
    BreachKind Kind,
    string Employee,
    DateOnly Date,
    string? Unit = null,
    string? Shift = null,
    int? Rule = null,
    int? Required = null,
    int? Actual = null,
    string? Other = null,
    AssignmentReason? Fixed = null);
