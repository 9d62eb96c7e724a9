namespace Sikerja.Domain.Policies;

/// <summary>Where a circular stands on a given day: its <see cref="PolicyStatus"/> read against its dates.</summary>
public enum PolicyState
{
    Draft,

    /// <summary>Published, starting later.</summary>
    Scheduled,

    InForce,

    /// <summary>Published and past its last day.</summary>
    Expired,

    Superseded,
    Revoked,
}
