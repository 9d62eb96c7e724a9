namespace Sikerja.Domain.Travel;

public enum PermitStatus
{
    /// <summary>Waiting for the next step of the chain.</summary>
    Pending,
    Approved,
    Rejected,

    /// <summary>Withdrawn by the employee before a final decision.</summary>
    Withdrawn,

    /// <summary>A trip that started without approval, recorded by the supervisor.</summary>
    Unapproved,
}
