namespace Sikerja.Domain.Rosters.Checking;

/// <summary>
/// A roster's assignments as one 16-bit cell per employee and working day (mode, reason, shifts), so that a
/// million employees over ten days take 20 MB and every rule can look up a day in constant time.
/// </summary>
internal sealed class RosterCells(int employees, int days)
{
    private const ushort Present = 0x8000;

    private readonly ushort[] cells = new ushort[(long)employees * days];

    public bool Has(long cell) => (cells[cell] & Present) != 0;

    public void Set(long cell, WorkMode mode, AssignmentReason reason, ShiftSet shifts) =>
        cells[cell] = (ushort)(Present | (int)mode | ((int)reason << 2) | ((int)(shifts.Bits & 0xFF) << 6));

    public WorkMode Mode(long cell) => (WorkMode)(cells[cell] & 0x3);

    public AssignmentReason Reason(long cell) => (AssignmentReason)((cells[cell] >> 2) & 0xF);

    public ShiftSet Shifts(long cell) => new((uint)(cells[cell] >> 6) & 0xFF);

    /// <summary>Present and at the office.</summary>
    public bool IsOffice(long cell) => Has(cell) && Mode(cell) == WorkMode.Office;

    /// <summary>Present and at home.</summary>
    public bool IsHome(long cell) => Has(cell) && Mode(cell) == WorkMode.Home;
}
