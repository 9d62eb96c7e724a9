using Sikerja.Domain.People;
using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters;

/// <summary>
/// What makes a scenario meaningful (roster-scenario.md): a known time zone, a period of at most 366 days in
/// order, units with distinct ids forming a forest, employees with distinct ids (a valid NIP for a PNS) in
/// known units, and a valid policy whose exempt units exist. Problems name JSON paths, list positions being
/// the JSON indexes (<c>employees[12].unit: no unit 'dinkes.p3p'</c>).
/// </summary>
public static class ScenarioRules
{
    public static List<Problem> Validate(Scenario scenario)
    {
        var problems = new List<Problem>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(scenario.Tenant.TimeZone, out var zone) || !zone.HasIanaId)
        {
            problems.Add(new("tenant.timeZone", $"unknown time zone '{scenario.Tenant.TimeZone}'; use an IANA name such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura"));
        }
        var period = scenario.Period;
        if (period.From > period.To)
        {
            problems.Add(new("period.to", $"{period.To:yyyy-MM-dd} is before period.from {period.From:yyyy-MM-dd}"));
        }
        else if (period.To.DayNumber - period.From.DayNumber + 1 > ScenarioPeriod.MaxDays)
        {
            problems.Add(new("period.to", $"the period has {period.To.DayNumber - period.From.DayNumber + 1} days; at most {ScenarioPeriod.MaxDays}"));
        }
        var units = Units(scenario.Units, problems);
        Employees(scenario.Employees, units, problems);
        problems.AddRange(PolicyValidation.Validate(scenario.Policy, "policy."));
        for (var i = 0; i < scenario.Policy.ExemptUnits.Count; i++)
        {
            if (!units.ContainsKey(scenario.Policy.ExemptUnits[i]))
            {
                problems.Add(new($"policy.exemptUnits[{i}]", $"no unit '{scenario.Policy.ExemptUnits[i]}'"));
            }
        }
        return problems;
    }

    /// <summary>Checks the units and gives the index of each id (its first occurrence).</summary>
    private static Dictionary<string, int> Units(IReadOnlyList<ScenarioUnit> units, List<Problem> problems)
    {
        var index = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var id = units[i].Id;
            if (id.Length == 0)
            {
                problems.Add(new($"units[{i}].id", "must not be empty"));
            }
            else if (!index.TryAdd(id, i))
            {
                problems.Add(new($"units[{i}].id", $"duplicate unit id '{id}' (also units[{index[id]}])"));
            }
        }
        var parents = new int[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            parents[i] = -1;
            if (units[i].Parent is { } parent)
            {
                if (index.TryGetValue(parent, out var p))
                {
                    parents[i] = p;
                }
                else
                {
                    problems.Add(new($"units[{i}].parent", $"no unit '{parent}'"));
                }
            }
        }
        Cycles(units, parents, problems);
        return index;
    }

    /// <summary>Each cycle of parents once, named at its first unit in the list.</summary>
    private static void Cycles(IReadOnlyList<ScenarioUnit> units, int[] parents, List<Problem> problems)
    {
        const byte Unseen = 0, OnPath = 1, Done = 2;
        var state = new byte[units.Count];
        var path = new List<int>();
        for (var start = 0; start < units.Count; start++)
        {
            path.Clear();
            var u = start;
            while (u >= 0 && state[u] == Unseen)
            {
                state[u] = OnPath;
                path.Add(u);
                u = parents[u];
            }
            if (u >= 0 && state[u] == OnPath)
            {
                var cycle = path.Skip(path.IndexOf(u)).ToList();
                var first = cycle.Min();
                var at = cycle.IndexOf(first);
                var ordered = cycle.Skip(at).Concat(cycle.Take(at)).Append(first).Select(i => units[i].Id);
                problems.Add(new($"units[{first}].parent", $"units form a cycle: {string.Join(" → ", ordered)}"));
            }
            foreach (var v in path)
            {
                state[v] = Done;
            }
        }
    }

    private static void Employees(IReadOnlyList<ScenarioEmployee> employees, Dictionary<string, int> units, List<Problem> problems)
    {
        var ids = new Dictionary<string, int>(employees.Count, StringComparer.Ordinal);
        for (var i = 0; i < employees.Count; i++)
        {
            var e = employees[i];
            if (e.Id.Length == 0)
            {
                problems.Add(new($"employees[{i}].id", "must not be empty"));
            }
            else if (!ids.TryAdd(e.Id, i))
            {
                problems.Add(new($"employees[{i}].id", $"duplicate employee id '{e.Id}' (also employees[{ids[e.Id]}])"));
            }
            else if (e.Employment == Employment.Pns && Nip.FaultOf(e.Id) is { } fault)
            {
                problems.Add(new($"employees[{i}].id", $"'{e.Id}' is not a valid NIP, which a Pns employee's id must be: {Explain(e.Id, fault)}"));
            }
            if (!units.ContainsKey(e.Unit))
            {
                problems.Add(new($"employees[{i}].unit", $"no unit '{e.Unit}'"));
            }
            if (e.HeadOf is { } head && !units.ContainsKey(head))
            {
                problems.Add(new($"employees[{i}].headOf", $"no unit '{head}'"));
            }
        }
    }

    private static string Explain(string nip, NipFault fault) => fault switch
    {
        NipFault.Format => "a NIP is 18 digits",
        NipFault.BirthDate => $"the birth date {nip[..8]} is not a real date",
        NipFault.AppointmentMonth => $"the appointment month {nip[12..14]} is not 01–12",
        NipFault.AppointmentBeforeBirth => $"the appointment {nip[8..14]} is before the birth month {nip[..6]}",
        NipFault.Gender => $"the gender digit {nip[14]} is neither 1 nor 2",
        _ => "the sequence number is 000",
    };
}
