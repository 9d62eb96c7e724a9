namespace Sikerja.Domain.Travel;

/// <summary>
/// One permit as a travel recap reads it: who travelled (name, NIP, post as shown on the letter), in which group,
/// why, where to and when. Also a fixed line of a signed recap (which is out of the region and approved or recorded).
/// </summary>
public sealed record RecapTrip(
    Guid PermitId,
    Guid AgencyId,
    string EmployeeName,
    string Nip,
    string? PositionTitle,
    TravelCategory Category,
    TravelPurpose Purpose,
    PermitStatus Status,
    bool OutOfRegion,
    string DestinationName,
    DateOnly LeavesOn,
    DateOnly ReturnsOn);
