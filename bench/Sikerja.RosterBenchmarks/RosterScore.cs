using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.RosterBenchmarks;

/// <summary>
/// How good a roster is under the CP-SAT reference's objective, tier by tier: the sum of the shortfalls
/// (required − available over every minimum rule, unit, day and shift), the sum of the cap excesses (on site −
/// cap), then the office days of priority-home and of the other solver-placed employees. Computed from any
/// roster of the scenario, so that Sikerja's roster and CP-SAT's are judged alike.
/// </summary>
internal sealed record RosterScore(long Shortfall, long CapExcess, long PriorityOfficeDays, long RegularOfficeDays)
{
    public static RosterScore Of(ScenarioFacts facts, Roster roster)
    {
        var days = facts.Days.Count;
        var employeeIndex = new Dictionary<string, int>(facts.Scenario.Employees.Count, StringComparer.Ordinal);
        for (var e = 0; e < facts.Scenario.Employees.Count; e++)
        {
            employeeIndex[facts.Scenario.Employees[e].Id] = e;
        }
        var dayIndex = Enumerable.Range(0, days).ToDictionary(d => facts.Days[d]);
        var office = new ShiftSet[facts.Scenario.Employees.Count * days];
        foreach (var a in roster.Assignments)
        {
            if (a.Mode == WorkMode.Office && employeeIndex.TryGetValue(a.Employee, out var e) && dayIndex.TryGetValue(a.Date, out var d))
            {
                office[e * days + d] = a.Shifts;
            }
        }
        return Of(facts, (e, d) => office[e * days + d]);
    }

    /// <param name="office">The shifts employee e is at the office in on day d (none when not).</param>
    public static RosterScore Of(ScenarioFacts facts, Func<int, int, ShiftSet> office)
    {
        long shortfall = 0, excess = 0, priority = 0, regular = 0;
        for (var d = 0; d < facts.Days.Count; d++)
        {
            if (!facts.InForce[d])
            {
                continue;
            }
            for (var s = 0; s < facts.Shifts.Count; s++)
            {
                foreach (var slot in facts.Slots)
                {
                    shortfall += Math.Max(0, slot.Count - slot.Members.Count(e => office(e, d).Contains(s)));
                }
                foreach (var cap in facts.Caps)
                {
                    excess += Math.Max(0, cap.Members.Count(e => office(e, d).Contains(s)) - cap.Cap);
                }
            }
            for (var e = 0; e < facts.Standing.Length; e++)
            {
                if (facts.FixedReason(e, d) is null && office(e, d).Count > 0)
                {
                    if (facts.Scenario.Employees[e].PriorityHome)
                    {
                        priority++;
                    }
                    else
                    {
                        regular++;
                    }
                }
            }
        }
        return new RosterScore(shortfall, excess, priority, regular);
    }
}

/// <summary>
/// The weights that make one number of the tiers of <see cref="RosterScore"/>, each tier worth more than
/// everything below it can change: shortfalls before cap excess (the minimums win), then as few priority-home
/// employees at the office as possible, then as few others (Minimum staffing) or as many (Capacity: the
/// objective counts their home days instead).
/// </summary>
internal sealed record ObjectiveWeights(long Shortfall, long CapExcess, long PriorityOffice, long RegularPairs, bool FillToCap)
{
    public static ObjectiveWeights For(ScenarioFacts facts)
    {
        long regular = 0, priority = 0;
        for (var e = 0; e < facts.Standing.Length; e++)
        {
            for (var d = 0; d < facts.Days.Count; d++)
            {
                if (facts.FixedReason(e, d) is not null)
                {
                    continue;
                }
                if (facts.Scenario.Employees[e].PriorityHome)
                {
                    priority++;
                }
                else
                {
                    regular++;
                }
            }
        }
        var capExcess = (priority + 1) * (regular + 1);
        return new ObjectiveWeights(2 * capExcess, capExcess, regular + 1, regular, facts.Scenario.Policy.Staffing == Staffing.Capacity);
    }

    /// <summary>The weight of one regular office day: +1 when it costs (Minimum), −1 when it fills (Capacity).</summary>
    public long Regular => FillToCap ? -1 : 1;

    /// <summary>The constant that keeps the Capacity objective non-negative (it counts home days).</summary>
    public long Offset => FillToCap ? RegularPairs : 0;

    public long Of(RosterScore score) =>
        Shortfall * score.Shortfall + CapExcess * score.CapExcess + PriorityOffice * score.PriorityOfficeDays + Regular * score.RegularOfficeDays + Offset;
}
