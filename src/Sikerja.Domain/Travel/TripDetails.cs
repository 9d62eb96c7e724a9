namespace Sikerja.Domain.Travel;

/// <summary>A trip as entered on a form: a request by the employee, or one recorded by the supervisor after the fact.</summary>
public sealed record TripDetails(
    TravelPurpose Purpose, string? DestinationCode, DateOnly? LeavesOn, DateOnly? ReturnsOn, string? Reason, bool Emergency, string? Contact);
