using Sikerja.Domain;
using Sikerja.Domain.Rosters;

namespace Sikerja.Data.Rosters;

/// <summary>One assignment a <see cref="RosterRevision"/> changed: where the employee was to work that day, and where now.</summary>
public sealed class RosterRevisionChange : ITenantOwned
{
    public Guid RevisionId { get; set; }
    public Guid EmployeeId { get; set; }
    public DateOnly Date { get; set; }
    public Guid TenantId { get; set; }

    public WorkMode BeforeMode { get; set; }
    public int BeforeShiftMask { get; set; }
    public AssignmentReason BeforeReason { get; set; }
    public WorkMode AfterMode { get; set; }
    public int AfterShiftMask { get; set; }
    public AssignmentReason AfterReason { get; set; }
    public ChangeCause Cause { get; set; }
}
