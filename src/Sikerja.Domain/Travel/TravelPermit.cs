namespace Sikerja.Domain.Travel;

/// <summary>
/// A request for permission to travel (izin bepergian / izin keluar daerah), its way up the approval chain the
/// tenant configured (<see cref="Chain"/>, fixed when requested), and the return. The agency and category are
/// kept as they were when the trip was requested, so the monthly recap does not change when people move later.
/// </summary>
public sealed class TravelPermit : ITenantOwned
{
    public const int MaxReasonLength = 1000;
    public const int MaxContactLength = 200;
    public const int MaxDestinationNameLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid EmployeeId { get; set; }

    /// <summary>The employee's agency (top-level unit) when requested.</summary>
    public Guid AgencyId { get; set; }

    public TravelCategory Category { get; set; }
    public TravelPurpose Purpose { get; set; }

    /// <summary>The destination's region code (Kemendagri: "64" a province, "64.02" a regency or city).</summary>
    public required string DestinationCode { get; set; }

    /// <summary>The destination as shown, e.g. "Kota Samarinda, Kalimantan Timur", kept as requested.</summary>
    public required string DestinationName { get; set; }

    public DateOnly LeavesOn { get; set; }
    public DateOnly ReturnsOn { get; set; }
    public required string Reason { get; set; }

    /// <summary>Urgent (a family emergency, a disaster): may be approved after departure, within the tenant's grace period, and is flagged.</summary>
    public bool Emergency { get; set; }

    /// <summary>How to reach the employee while away (phone, address).</summary>
    public required string Contact { get; set; }

    /// <summary>The destination is outside the tenant's region.</summary>
    public bool OutOfRegion { get; set; }

    /// <summary>The destination was marked high-risk for the travel dates when requested.</summary>
    public bool HighRisk { get; set; }

    public PermitStatus Status { get; set; }

    /// <summary>The approval steps, in order, as configured when requested; empty when no approval is needed.</summary>
    public List<ApprovalStep> Chain { get; set; } = [];

    /// <summary>How many steps of <see cref="Chain"/> have approved; equal to its length once approved.</summary>
    public int StepsApproved { get; set; }

    /// <summary>Approved after the trip had begun (an emergency, or a trip the supervisor recorded).</summary>
    public bool ApprovedAfterDeparture { get; set; }

    public DateTime RequestedAt { get; set; }

    /// <summary>The user who entered it: the employee, or the supervisor recording a trip started without approval.</summary>
    public Guid RequestedBy { get; set; }

    /// <summary>When the last decision (final approval, rejection, withdrawal) was made.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>The day the employee confirmed being back.</summary>
    public DateOnly? ReturnedOn { get; set; }

    public DateTime? ReturnConfirmedAt { get; set; }

    /// <summary>The last day of the quarantine after a high-risk trip, when the tenant sets one.</summary>
    public DateOnly? QuarantineUntil { get; set; }
}
