namespace Sikerja.Domain.Rosters.Solving;

/// <summary>
/// After a repair, a replacement may have had to come in although a colleague of the same class with fewer office
/// days was already in that day. Swapping a later day between the two (same class, so every rule still holds)
/// brings the office days of interchangeable employees back within one, at two changed assignments per swap.
/// </summary>
internal sealed class FairnessSwaps(ScenarioIndex index, PlacementClasses classes, CellGrid grid)
{
    public void Apply(IEnumerable<int> tops, DateOnly from)
    {
        foreach (var top in tops)
        {
            foreach (var c in classes.OfTop[top])
            {
                if (!classes.All[c].PriorityHome)
                {
                    Even(classes.All[c], from);
                }
            }
        }
    }

    private void Even(PlacementClass placement, DateOnly from)
    {
        var steady = placement.Members.Where(AlwaysAvailable).ToList();
        while (steady.Count > 1)
        {
            var most = steady.MaxBy(e => grid.OfficeDays[e]);
            var least = steady.MinBy(e => grid.OfficeDays[e]);
            if (grid.OfficeDays[most] - grid.OfficeDays[least] <= 1 || !TrySwap(most, least, from))
            {
                return;
            }
        }
    }

    private bool TrySwap(int most, int least, DateOnly from)
    {
        for (var day = index.Days.Length - 1; day >= 0 && index.Days[day] >= from; day--)
        {
            if (grid[most, day].IsPlacedOffice && grid[least, day].Mode == WorkMode.Home)
            {
                grid[least, day] = grid[most, day];
                grid[most, day] = Cell.Home(priorityHome: false);
                grid.OfficeDays[most]--;
                grid.OfficeDays[least]++;
                return true;
            }
        }
        return false;
    }

    private bool AlwaysAvailable(int employee)
    {
        for (var day = 0; day < index.Days.Length; day++)
        {
            if (index.IsUnavailable(employee, day))
            {
                return false;
            }
        }
        return true;
    }
}
