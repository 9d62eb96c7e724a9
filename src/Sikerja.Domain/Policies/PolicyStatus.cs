namespace Sikerja.Domain.Policies;

/// <summary>The stored state of one version of a circular; "scheduled", "in force" and "expired" follow from its dates
/// (see <see cref="PolicyState"/>).</summary>
public enum PolicyStatus
{
    /// <summary>Being written: changes freely, binds no one.</summary>
    Draft,

    /// <summary>Signed and sent: in force over its effective dates.</summary>
    Published,

    /// <summary>Replaced from a date by an amendment or a later circular; in force until the day before.</summary>
    Superseded,

    /// <summary>Withdrawn from a date, with a reason; in force until the day before.</summary>
    Revoked,
}
