namespace Sikerja.Domain.Travel;

/// <summary>Why a trip needs approval, or that it does not.</summary>
public enum ApprovalReason
{
    /// <summary>No rule asks for approval: the trip is recorded as notified (approved, with an empty chain).</summary>
    None,

    /// <summary>The circular in force forbids leaving the region without permission.</summary>
    OutOfRegion,

    /// <summary>The employee works from home on a day of the trip: every trip out of the region needs approval.</summary>
    WorkingFromHome,

    /// <summary>The circular in force asks permission for official trips inside the region too (Seruyan).</summary>
    OfficialInRegion,
}
