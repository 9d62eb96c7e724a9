namespace Sikerja.Domain.Rosters.Solving;

/// <summary>Every employee's cell on every working day, and the office days the solver has given each so far.</summary>
internal sealed class CellGrid(int employees, int days)
{
    private readonly Cell[] _cells = new Cell[(long)employees * days];

    public int Days { get; } = days;

    /// <summary>Office days given by rule 6 so far: the fairness count.</summary>
    public int[] OfficeDays { get; } = new int[employees];

    /// <summary>The cells as they are now (fairness counts not included).</summary>
    public CellGrid Copy()
    {
        var copy = new CellGrid(OfficeDays.Length, Days);
        Array.Copy(_cells, copy._cells, _cells.LongLength);
        return copy;
    }

    public Cell this[int employee, int day]
    {
        get => _cells[((long)employee * Days) + day];
        set => _cells[((long)employee * Days) + day] = value;
    }
}
