using Sikerja.Data.Rosters;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// One page of a stored roster as a grid: the people of one unit × the working days, with the units the caller
/// may open, and the shortfalls and cap violations of the agencies the caller may see.
/// </summary>
public sealed record RosterGrid(
    RosterPlan Plan,
    string ScopeName,
    IReadOnlyList<Shift> Shifts,
    IReadOnlyList<GridUnit> Units,
    GridUnit? Unit,
    string? AgencyName,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<GridRow> Rows,
    int Page,
    int PageSize,
    int Total,
    IReadOnlyList<Shortfall> Shortfalls,
    IReadOnlyList<CapViolation> Violations,
    IReadOnlyDictionary<string, string> UnitNames,
    bool CanEdit,
    bool CanPublish)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A unit of the roster, <see cref="Depth"/> levels below its agency, with the number of people planned in it.</summary>
public sealed record GridUnit(Guid Id, string Code, string Name, int Depth, int People, Guid AgencyId);

public sealed record GridRow(Guid EmployeeId, string Nip, string Name, PositionLevel Level, string? Title, IReadOnlyList<GridCell> Cells);

public sealed record GridCell(DateOnly Date, WorkMode Mode, int ShiftMask, AssignmentReason Reason, bool Overridden, string? OverrideReason)
{
    public ShiftSet Shifts => new((uint)ShiftMask);
}

/// <summary>One cell of a stored roster with the person and the shifts of its policy.</summary>
public sealed record RosterCell(
    RosterPlan Plan, string EmployeeName, string Nip, Guid UnitId, string UnitName, IReadOnlyList<Shift> Shifts, GridCell Cell, bool CanEdit);
