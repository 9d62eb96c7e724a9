using Sikerja.Domain;

namespace Sikerja.Data.Rosters;

/// <summary>
/// One change of a published roster (a repair after people became unavailable): who made it, when, from which day,
/// and, in <see cref="RosterRevisionChange"/> rows, every assignment it changed with the one before.
/// </summary>
public sealed class RosterRevision : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid PlanId { get; set; }
    public RevisionKind Kind { get; set; }

    /// <summary>The first day the revision was allowed to change; earlier days stayed as published.</summary>
    public DateOnly FirstDate { get; set; }

    public DateTime At { get; set; }
    public Guid? ByUserId { get; set; }
    public string ByName { get; set; } = "";
    public int ChangeCount { get; set; }
}

public enum RevisionKind
{
    Repair,
}
