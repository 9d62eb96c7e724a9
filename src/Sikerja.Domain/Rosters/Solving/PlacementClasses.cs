namespace Sikerja.Domain.Rosters.Solving;

/// <summary>The placement classes of a scenario, grouped by top-level unit, and for every pair the classes it counts.</summary>
internal sealed class PlacementClasses
{
    public PlacementClasses(ScenarioIndex index)
    {
        var byKey = new Dictionary<(int Top, bool Priority, int Signature), List<int>>();
        for (var e = 0; e < index.EmployeeCount; e++)
        {
            if (index.Standing[e] != EmployeeStanding.Placed)
            {
                continue;
            }
            var key = (index.EmployeeTop[e], index.PriorityHome[e], index.EmployeeSignature[e]);
            if (!byKey.TryGetValue(key, out var members))
            {
                members = [];
                byKey[key] = members;
            }
            members.Add(e);
        }
        All = [.. byKey.Select((entry, id) => new PlacementClass(
            id, entry.Key.Top, entry.Key.Priority, index.Signatures[entry.Key.Signature], [.. entry.Value]))];
        ClassOf = new int[index.EmployeeCount];
        Array.Fill(ClassOf, -1);
        var ofPair = new List<int>[index.PairCount];
        for (var p = 0; p < ofPair.Length; p++)
        {
            ofPair[p] = [];
        }
        foreach (var placement in All)
        {
            foreach (var member in placement.Members)
            {
                ClassOf[member] = placement.Id;
            }
            foreach (var pair in placement.Pairs)
            {
                ofPair[pair].Add(placement.Id);
            }
        }
        OfPair = [.. ofPair.Select(l => l.ToArray())];
        var unitCount = index.UnitTop.Length;
        OfTop = [.. Enumerable.Range(0, unitCount).Select(_ => new List<int>())];
        foreach (var placement in All)
        {
            OfTop[placement.Top].Add(placement.Id);
        }
        PairsOfTop = [.. Enumerable.Range(0, unitCount).Select(_ => new List<int>())];
        // Deepest units first, so a section's need is met before its agency's, which then often counts them.
        foreach (var pair in Enumerable.Range(0, index.PairCount).OrderByDescending(p => index.UnitDepth[index.PairUnit[p]]).ThenBy(p => p))
        {
            PairsOfTop[index.UnitTop[index.PairUnit[pair]]].Add(pair);
        }
    }

    public PlacementClass[] All { get; }

    /// <summary>The class of each employee, or -1 for those rules 3–5 place.</summary>
    public int[] ClassOf { get; }

    public int[][] OfPair { get; }
    public List<int>[] OfTop { get; }
    public List<int>[] PairsOfTop { get; }
}
