namespace Sikerja.Domain.Rosters.Solving;

/// <summary>
/// Fairness by construction: whenever k of some interchangeable employees must come in, take the k with the fewest
/// office days so far, earlier in the scenario first among equals. Choosing so every day keeps the office days of
/// any two always-available employees within one of each other.
/// </summary>
internal static class FewestOfficeDays
{
    /// <param name="candidates">In scenario order.</param>
    public static List<int> Take(List<int> candidates, int k, int[] officeDays)
    {
        if (k >= candidates.Count)
        {
            return candidates;
        }
        var max = 0;
        foreach (var c in candidates)
        {
            max = Math.Max(max, officeDays[c]);
        }
        var histogram = new int[max + 2];
        foreach (var c in candidates)
        {
            histogram[officeDays[c]]++;
        }
        // Everyone below the threshold comes in, then the first of those at the threshold until k are chosen.
        var threshold = 0;
        var below = 0;
        while (below + histogram[threshold] <= k)
        {
            below += histogram[threshold];
            threshold++;
        }
        var atThreshold = k - below;
        var chosen = new List<int>(k);
        foreach (var c in candidates)
        {
            var days = officeDays[c];
            if (days < threshold)
            {
                chosen.Add(c);
            }
            else if (days == threshold && atThreshold > 0)
            {
                chosen.Add(c);
                atThreshold--;
            }
        }
        return chosen;
    }
}
