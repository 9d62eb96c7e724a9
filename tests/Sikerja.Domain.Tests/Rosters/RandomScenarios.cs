using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Tests.Rosters;

/// <summary>
/// Seeded random organisations, people and policies of random sizes for property tests: both staffings, caps,
/// one to three shifts, overlapping minimum rules, exempt subtrees, always-on-site selectors, priority home,
/// unavailable days, holidays and NoPolicy days. The same seed always gives the same scenario, and every
/// scenario is valid.
/// </summary>
internal static class RandomScenarios
{
    private static readonly OrgUnitType[] TopTypes = [OrgUnitType.Secretariat, OrgUnitType.Agency, OrgUnitType.Agency, OrgUnitType.District, OrgUnitType.Hospital, OrgUnitType.HealthCenter];
    private static readonly OrgUnitType[] ChildTypes = [OrgUnitType.Division, OrgUnitType.Division, OrgUnitType.TechnicalUnit, OrgUnitType.Village, OrgUnitType.School, OrgUnitType.HealthCenter];
    private static readonly PositionLevel[] Levels = [PositionLevel.Jpt, PositionLevel.Administrator, PositionLevel.Supervisor, PositionLevel.Supervisor, PositionLevel.Staff, PositionLevel.Staff, PositionLevel.Staff, PositionLevel.Functional];
    private static readonly string?[] Titles = [null, null, null, null, "Kepala Dinas", "Camat", "Sekda", "Bendahara", "Kepala UPT"];
    private static readonly Shift[][] ShiftChoices =
    [
        [Shift.FullDay],
        [new("PAGI", new(7, 30), new(11, 30)), new("SIANG", new(12, 0), new(16, 0))],
        [new("A", new(7, 0), new(10, 0)), new("B", new(10, 0), new(13, 0)), new("C", new(13, 0), new(16, 0))],
    ];
    private static readonly decimal?[] Fractions = [null, null, 0.1m, 0.25m, 0.29m, 0.5m, 0.75m, 1m];

    public static Scenario Make(int seed)
    {
        var random = new Random(seed);
        var from = new DateOnly(2021, 1, 4).AddDays(7 * random.Next(50) + random.Next(3));
        var to = from.AddDays(random.Next(2, 14));
        var holidays = random.Next(3) == 0 ? new[] { from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1)) } : [];
        var week = random.Next(4) == 0 ? WorkWeek.MondayToSaturday : WorkWeek.MondayToFriday;
        var units = Units(random);
        var employees = Employees(random, units, from, to);
        var policy = Policy(random, units, from, to);
        var scenario = new Scenario(new ScenarioTenant($"Kabupaten Acak {seed}", "Asia/Jakarta"), new ScenarioPeriod(from, to),
            new ScenarioCalendar(week, holidays), units, employees, policy);
        var problems = ScenarioRules.Validate(scenario);
        return problems.Count == 0 ? scenario : throw new InvalidOperationException($"seed {seed}: {string.Join("; ", problems)}");
    }

    private static List<ScenarioUnit> Units(Random random)
    {
        var units = new List<ScenarioUnit>();
        for (var t = 0; t < random.Next(1, 5); t++)
        {
            var top = $"u{t}";
            units.Add(new(top, top, TopTypes[random.Next(TopTypes.Length)], null));
            for (var c = 0; c < random.Next(4); c++)
            {
                var child = $"{top}.{c}";
                units.Add(new(child, child, ChildTypes[random.Next(ChildTypes.Length)], top));
                for (var s = 0; s < random.Next(3); s++)
                {
                    units.Add(new($"{child}.{s}", $"{child}.{s}", OrgUnitType.Section, child));
                }
            }
        }
        return units;
    }

    private static List<ScenarioEmployee> Employees(Random random, List<ScenarioUnit> units, DateOnly from, DateOnly to)
    {
        var employees = new List<ScenarioEmployee>();
        var ids = new HashSet<string>();
        var count = random.Next(3, 12) * units.Count / 2 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            var unit = units[random.Next(units.Count)];
            var employment = random.Next(10) switch { < 6 => Employment.Pns, < 8 => Employment.Pppk, _ => Employment.NonAsn };
            string id;
            do
            {
                id = employment == Employment.Pns ? Nip(random) : $"{employment}-{random.Next(1_000_000):000000}";
            }
            while (!ids.Add(id));
            var unavailable = random.Next(8) == 0
                ? Enumerable.Range(0, random.Next(1, 4)).Select(_ => from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1))).Distinct().ToArray()
                : [];
            employees.Add(new(id, $"Pegawai {i}", unit.Id, employment, Levels[random.Next(Levels.Length)], Titles[random.Next(Titles.Length)],
                random.Next(6) == 0 ? unit.Id : null, random.Next(7) == 0, unavailable));
        }
        return employees;
    }

    private static string Nip(Random random)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(35 * 365));
        var appointed = birth.AddYears(random.Next(19, 35)).AddMonths(random.Next(12));
        return $"{birth:yyyyMMdd}{appointed:yyyyMM}{random.Next(1, 3)}{random.Next(1, 1000):000}";
    }

    private static PolicyRules Policy(Random random, List<ScenarioUnit> units, DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        var effectiveFrom = from.AddDays(random.Next(-3, days / 2 + 1));
        DateOnly? effectiveUntil = random.Next(3) == 0 ? null : effectiveFrom.AddDays(random.Next(days));
        Employment[] employments = [Employment.Pns, Employment.Pppk, Employment.NonAsn];
        var appliesTo = employments.Where(_ => random.Next(4) != 0).ToList();
        var exemptTypes = new[] { OrgUnitType.Hospital, OrgUnitType.HealthCenter, OrgUnitType.School }.Where(_ => random.Next(2) == 0).ToList();
        var exemptUnits = random.Next(4) == 0 ? new List<string> { units[random.Next(units.Count)].Id } : [];
        var alwaysOnSite = new List<Selector>();
        if (random.Next(2) == 0)
        {
            alwaysOnSite.Add(new Selector(Levels: [PositionLevel.Jpt]));
        }
        if (random.Next(3) == 0)
        {
            alwaysOnSite.Add(new Selector(Titles: ["Kepala Dinas", "Camat"]));
        }
        if (random.Next(4) == 0)
        {
            alwaysOnSite.Add(new Selector(HeadOfUnitTypes: [OrgUnitType.Agency, OrgUnitType.Division]));
        }
        OrgUnitType[] perTypes = [OrgUnitType.Agency, OrgUnitType.Secretariat, OrgUnitType.District, OrgUnitType.Division, OrgUnitType.Section, OrgUnitType.TechnicalUnit];
        var minimums = Enumerable.Range(0, random.Next(5)).Select(_ => new MinimumRule(
            perTypes[random.Next(perTypes.Length)],
            random.Next(5) switch
            {
                0 => new Selector(),
                1 => new Selector(Levels: [PositionLevel.Staff, PositionLevel.Functional], Employment: [Employment.Pns]),
                _ => new Selector(Levels: [Levels[random.Next(Levels.Length)]]),
            },
            random.Next(1, 4))).ToList();
        return new PolicyRules($"{random.Next(100, 999)}/{random.Next(1000)}/2021", "Kebijakan acak", effectiveFrom, effectiveUntil,
            appliesTo, exemptTypes, exemptUnits, ShiftChoices[random.Next(ShiftChoices.Length)], alwaysOnSite, minimums,
            Fractions[random.Next(Fractions.Length)], random.Next(2) == 0 ? Staffing.Minimum : Staffing.Capacity);
    }
}
