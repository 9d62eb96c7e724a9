namespace Sikerja.Domain.Rosters.Solving;

/// <summary>The shortfalls and cap violations a finished grid has, counted the way the spec counts them.</summary>
internal static class RosterFindings
{
    public static (List<Shortfall> Shortfalls, List<CapViolation> Violations) Of(ScenarioIndex index, CellGrid grid)
    {
        var shortfalls = new List<Shortfall>();
        var violations = new List<CapViolation>();
        var shifts = index.ShiftCount;
        var units = index.Scenario.Units;
        var shiftCodes = index.ShiftCodes;
        var covered = new int[units.Count];
        for (var e = 0; e < index.EmployeeCount; e++)
        {
            if (index.CountsTowardCap(e))
            {
                covered[index.EmployeeTop[e]]++;
            }
        }
        var caps = covered.Select(index.Policy.CapFor).ToArray();
        var pairOnSite = new int[index.PairCount * shifts];
        var topOnSite = new int[units.Count * shifts];
        for (var day = 0; day < index.Days.Length; day++)
        {
            if (!index.PolicyDay[day])
            {
                continue;
            }
            Array.Clear(pairOnSite);
            Array.Clear(topOnSite);
            for (var e = 0; e < index.EmployeeCount; e++)
            {
                var cell = grid[e, day];
                if (cell.Mode != WorkMode.Office)
                {
                    continue;
                }
                var pairs = index.Pairs(e);
                var countsTowardCap = index.CountsTowardCap(e);
                for (var s = 0; s < shifts; s++)
                {
                    if (!cell.IsOfficeIn(s))
                    {
                        continue;
                    }
                    foreach (var pair in pairs)
                    {
                        pairOnSite[(pair * shifts) + s]++;
                    }
                    if (countsTowardCap)
                    {
                        topOnSite[(index.EmployeeTop[e] * shifts) + s]++;
                    }
                }
            }
            var date = index.Days[day];
            for (var pair = 0; pair < index.PairCount; pair++)
            {
                for (var s = 0; s < shifts; s++)
                {
                    var onSite = pairOnSite[(pair * shifts) + s];
                    if (onSite < index.PairRequired[pair])
                    {
                        shortfalls.Add(new Shortfall(index.PairRule[pair], units[index.PairUnit[pair]].Id, date, shiftCodes[s],
                            index.PairRequired[pair], onSite));
                    }
                }
            }
            for (var top = 0; top < units.Count; top++)
            {
                if (caps[top] is not { } cap)
                {
                    continue;
                }
                for (var s = 0; s < shifts; s++)
                {
                    var onSite = topOnSite[(top * shifts) + s];
                    if (onSite > cap)
                    {
                        violations.Add(new CapViolation(units[top].Id, date, shiftCodes[s], cap, onSite));
                    }
                }
            }
        }
        return (shortfalls, violations);
    }
}
