namespace Sikerja.Domain.Travel;

public enum RecapStatus
{
    /// <summary>Generated, not yet signed: its lines follow the permits.</summary>
    Draft,

    /// <summary>Signed by the head of the agency; with the Asisten.</summary>
    SignedOff,

    /// <summary>Passed on by the Asisten; at the Sekda.</summary>
    Forwarded,
}
