namespace Sikerja.Domain.Rosters;

/// <summary>Why an employee works where the roster says (roster-scenario.md, in the order the rules apply).</summary>
public enum AssignmentReason
{
    Unavailable,
    NoPolicy,
    OutOfScope,
    ExemptUnit,
    AlwaysOnSite,
    Minimum,
    Capacity,
    PriorityHome,
    Home,
}
