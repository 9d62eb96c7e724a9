namespace Sikerja.Domain.Policies;

/// <summary>How the solver fills the office beyond what the rules fix (roster-scenario.md, <c>policy.staffing</c>).</summary>
public enum Staffing
{
    /// <summary>Only the people the minimum rules require come in.</summary>
    Minimum,

    /// <summary>Every top-level unit is filled up to its cap.</summary>
    Capacity,
}
