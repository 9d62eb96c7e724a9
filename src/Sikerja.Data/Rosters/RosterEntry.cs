using Sikerja.Domain;
using Sikerja.Domain.Rosters;

namespace Sikerja.Data.Rosters;

/// <summary>
/// Where one employee works on one working day of a stored roster. <see cref="ShiftMask"/> is the
/// <see cref="ShiftSet"/> over the shifts of the plan's policy snapshot. An edit that breaks a rule is kept only
/// with <see cref="Overridden"/> and its reason; every change after generation is audited.
/// </summary>
public sealed class RosterEntry : ITenantOwned
{
    public Guid PlanId { get; set; }
    public Guid EmployeeId { get; set; }
    public DateOnly Date { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>The employee's unit when the roster was planned: the grid groups by it.</summary>
    public Guid UnitId { get; set; }

    public WorkMode Mode { get; set; }
    public int ShiftMask { get; set; }
    public AssignmentReason Reason { get; set; }
    public bool Overridden { get; set; }
    public string? OverrideReason { get; set; }
    public DateTime? ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }

    public ShiftSet Shifts
    {
        get => new((uint)ShiftMask);
        set => ShiftMask = (int)value.Bits;
    }
}
