using Sikerja.Domain.Travel;

namespace Sikerja.Web.Features.Travel;

/// <summary>One decision with the name of whoever made it.</summary>
public sealed record DecisionView(TravelDecision Decision, string DeciderName);

/// <summary>
/// A permit with what a reader needs: the employee, the step it waits for (null once closed), whether it lapsed
/// (pending past the last moment it could be approved) and its decisions so far.
/// </summary>
public sealed record PermitView(
    TravelPermit Permit, string EmployeeName, string EmployeeNip, ApprovalStep? CurrentStep, bool Lapsed, IReadOnlyList<DecisionView> Decisions)
{
    /// <summary>The trip has begun (its first day has come in the tenant's zone).</summary>
    public bool Departed(DateOnly today) => Permit.LeavesOn <= today;
}

/// <summary>A request as the API and the form send it.</summary>
public sealed record TravelRequestInput(
    TravelPurpose Purpose, string? DestinationCode, DateOnly? LeavesOn, DateOnly? ReturnsOn, string? Reason, bool Emergency, string? Contact)
{
    public TripDetails Trip => new(Purpose, DestinationCode, LeavesOn, ReturnsOn, Reason, Emergency, Contact);
}

/// <summary>A trip that started without approval, recorded for an employee (by NIP or id) by a supervisor or admin.</summary>
public sealed record UnapprovedTripInput(
    Guid? EmployeeId, string? Nip, TravelPurpose Purpose, string? DestinationCode, DateOnly? LeavesOn, DateOnly? ReturnsOn, string? Reason, string? Contact)
{
    public TripDetails Trip => new(Purpose, DestinationCode, LeavesOn, ReturnsOn, Reason, false, Contact);
}

public sealed record TravelDecisionInput(bool Approve, string? Comment);
