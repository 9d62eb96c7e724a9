namespace Sikerja.Web.Features.Attendance;

/// <summary>How someone came to be in the office.</summary>
public enum PresenceKind
{
    /// <summary>At the office by the roster (WFO).</summary>
    Scheduled,

    /// <summary>A WFH employee whose request to work at the office was approved.</summary>
    Requested,

    /// <summary>A visitor registered at the desk.</summary>
    Visitor,
}

/// <summary>One person in the office on the day, with the times they came and left (UTC; null when not recorded).</summary>
public sealed record PresenceRow(PresenceKind Kind, string Name, string? Nip, string? Phone, string? Met, DateTime? In, DateTime? Out, Guid? VisitId);

/// <summary>
/// An office's presence list of a day: everyone in full, or (once reduced under the retention rule) the counts only.
/// </summary>
public sealed record PresenceList(Guid UnitId, string UnitName, DateOnly Date, bool Reduced, int Employees, int Visitors,
    IReadOnlyList<PresenceRow> Rows, bool CanRegisterVisits);

/// <param name="MetEmployeeId">The employee met, when they are one; otherwise <paramref name="MetName"/>.</param>
/// <param name="ArrivedAt">When the visitor came; now when not given.</param>
public sealed record VisitInput(Guid UnitId, string? VisitorName, string? Phone, Guid? MetEmployeeId, string? MetName, DateTime? ArrivedAt = null);

/// <param name="LeftAt">When the visitor left; now when not given.</param>
public sealed record VisitLeaveInput(DateTime? LeftAt = null);
