namespace Sikerja.Domain.Rosters.Solving;

/// <summary>
/// Employees the solver places (rule 6) who are interchangeable for every rule: same top-level unit, same
/// priority-home flag and counted by the same (minimum rule, unit) pairs. The solver decides how many of a class
/// come in; which members is a matter of fairness (fewest office days first).
/// </summary>
internal sealed class PlacementClass(int id, int top, bool priorityHome, int[] pairs, int[] members)
{
    public int Id { get; } = id;
    public int Top { get; } = top;
    public bool PriorityHome { get; } = priorityHome;
    public int[] Pairs { get; } = pairs;

    /// <summary>Employee indexes in scenario order (the tie-break of fairness).</summary>
    public int[] Members { get; } = members;
}
