namespace Sikerja.Domain.Rosters.Solving;

/// <summary>One employee's day in three bytes: a province-sized roster holds tens of millions of them.</summary>
internal readonly record struct Cell(WorkMode Mode, AssignmentReason Reason, sbyte Shift)
{
    /// <summary><see cref="Shift"/> of an office day in every shift.</summary>
    public const sbyte AllShifts = -1;

    public static Cell Off => new(WorkMode.Off, AssignmentReason.Unavailable, 0);

    public static Cell AllDay(AssignmentReason reason) => new(WorkMode.Office, reason, AllShifts);

    public static Cell InShift(int shift, AssignmentReason reason) => new(WorkMode.Office, reason, (sbyte)shift);

    public static Cell Home(bool priorityHome) =>
        new(WorkMode.Home, priorityHome ? AssignmentReason.PriorityHome : AssignmentReason.Home, 0);

    public bool IsOfficeIn(int shift) => Mode == WorkMode.Office && (Shift == AllShifts || Shift == shift);

    /// <summary>At the office in one shift by the solver's choice (rule 6).</summary>
    public bool IsPlacedOffice => Mode == WorkMode.Office && Shift != AllShifts;

    public ShiftSet Shifts(int shiftCount) =>
        Mode != WorkMode.Office ? ShiftSet.None : Shift == AllShifts ? ShiftSet.All(shiftCount) : ShiftSet.One(Shift);
}
