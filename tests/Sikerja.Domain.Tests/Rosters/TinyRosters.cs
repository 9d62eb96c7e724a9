using System.Globalization;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Tests.Rosters;

/// <summary>
/// Two tiny hand-made cases with hand-written correct rosters: one like Kebumen (Minimum staffing, titles on
/// site, exempt hospital, out-of-scope honorer, a shortfall, priority home, an unavailable day, a NoPolicy day)
/// and one like Kukar (Capacity staffing, two shifts, a 50 % cap, an unavoidable CapExceeded). Rosters are
/// written one assignment per line: <c>date employee mode [shift,shift] reason</c>.
/// </summary>
internal static class TinyRosters
{
    public static Scenario Kebumen { get; } = new(
        new ScenarioTenant("Pemerintah Kabupaten Kecil", "Asia/Jakarta"),
        new ScenarioPeriod(new(2020, 3, 26), new(2020, 3, 30)),
        new ScenarioCalendar(WorkWeek.MondayToFriday, []),
        [
            new("setda", "Sekretariat Daerah", OrgUnitType.Secretariat, null),
            new("dinas", "Dinas", OrgUnitType.Agency, null),
            new("dinas.bid", "Bidang", OrgUnitType.Division, "dinas"),
            new("dinas.bid.sek", "Seksi", OrgUnitType.Section, "dinas.bid"),
            new("rsud", "RSUD", OrgUnitType.Hospital, null),
        ],
        [
            Person("sekda", "setda", PositionLevel.Jpt, title: "Sekda", headOf: "setda"),
            Person("kadis", "dinas", PositionLevel.Jpt, title: "Kepala Dinas", headOf: "dinas"),
            Person("adm1", "dinas.bid", PositionLevel.Administrator, priorityHome: true),
            Person("adm2", "dinas.bid", PositionLevel.Administrator, unavailable: [new(2020, 3, 27)]),
            Person("sup1", "dinas.bid", PositionLevel.Supervisor),
            Person("staf1", "dinas.bid.sek", PositionLevel.Staff),
            Person("staf2", "dinas.bid.sek", PositionLevel.Staff, priorityHome: true),
            Person("honor", "dinas.bid.sek", PositionLevel.Staff, Employment.NonAsn),
            Person("dokter", "rsud", PositionLevel.Functional),
        ],
        new PolicyRules("060/1160/2020", "Sistem kerja", new(2020, 3, 26), new(2020, 3, 27),
            [Employment.Pns, Employment.Pppk], [OrgUnitType.Hospital], [], [Shift.FullDay],
            [new Selector(Titles: ["Sekda", "Kepala Dinas"])],
            [
                new MinimumRule(OrgUnitType.Agency, new Selector(Levels: [PositionLevel.Administrator]), 1),
                new MinimumRule(OrgUnitType.Section, new Selector(Levels: [PositionLevel.Staff]), 1),
                new MinimumRule(OrgUnitType.Division, new Selector(Levels: [PositionLevel.Supervisor]), 2),
            ],
            null, Staffing.Minimum));

    public const string KebumenRoster = """
        2020-03-26 sekda  Office FULL AlwaysOnSite
        2020-03-26 kadis  Office FULL AlwaysOnSite
        2020-03-26 adm1   Home - PriorityHome
        2020-03-26 adm2   Office FULL Minimum
        2020-03-26 sup1   Office FULL Minimum
        2020-03-26 staf1  Home - Home
        2020-03-26 staf2  Home - PriorityHome
        2020-03-26 honor  Office FULL OutOfScope
        2020-03-26 dokter Office FULL ExemptUnit
        2020-03-27 sekda  Office FULL AlwaysOnSite
        2020-03-27 kadis  Office FULL AlwaysOnSite
        2020-03-27 adm1   Office FULL Minimum
        2020-03-27 adm2   Off - Unavailable
        2020-03-27 sup1   Office FULL Minimum
        2020-03-27 staf1  Home - Home
        2020-03-27 staf2  Home - PriorityHome
        2020-03-27 honor  Office FULL OutOfScope
        2020-03-27 dokter Office FULL ExemptUnit
        2020-03-30 sekda  Office FULL NoPolicy
        2020-03-30 kadis  Office FULL NoPolicy
        2020-03-30 adm1   Office FULL NoPolicy
        2020-03-30 adm2   Office FULL NoPolicy
        2020-03-30 sup1   Office FULL NoPolicy
        2020-03-30 staf1  Office FULL NoPolicy
        2020-03-30 staf2  Office FULL NoPolicy
        2020-03-30 honor  Office FULL NoPolicy
        2020-03-30 dokter Office FULL NoPolicy
        """;

    public static readonly Shortfall[] KebumenShortfalls =
    [
        new(2, "dinas.bid", new(2020, 3, 26), "FULL", 2, 1),
        new(2, "dinas.bid", new(2020, 3, 27), "FULL", 2, 1),
    ];

    public static Scenario Kukar { get; } = new(
        new ScenarioTenant("Pemerintah Kabupaten Kecil", "Asia/Makassar"),
        new ScenarioPeriod(new(2021, 6, 28), new(2021, 6, 29)),
        new ScenarioCalendar(WorkWeek.MondayToFriday, []),
        [
            new("dinas", "Dinas", OrgUnitType.Agency, null),
            new("dinas.bid", "Bidang", OrgUnitType.Division, "dinas"),
            new("bappeda", "Bappeda", OrgUnitType.Agency, null),
            new("inspektorat", "Inspektorat", OrgUnitType.Agency, null),
            new("rsud", "RSUD", OrgUnitType.Hospital, null),
        ],
        [
            Person("kadis", "dinas", PositionLevel.Jpt),
            Person("s1", "dinas.bid", PositionLevel.Staff),
            Person("s2", "dinas.bid", PositionLevel.Staff),
            Person("s3", "dinas.bid", PositionLevel.Staff, Employment.NonAsn),
            Person("s4", "dinas.bid", PositionLevel.Staff),
            Person("kaban", "bappeda", PositionLevel.Jpt),
            Person("b1", "bappeda", PositionLevel.Staff),
            Person("b2", "bappeda", PositionLevel.Staff, priorityHome: true),
            Person("irban1", "inspektorat", PositionLevel.Jpt),
            Person("irban2", "inspektorat", PositionLevel.Jpt),
            Person("dokter", "rsud", PositionLevel.Functional),
        ],
        new PolicyRules("B-1159/2021", "PPKM", new(2021, 6, 28), null,
            [Employment.Pns, Employment.Pppk, Employment.NonAsn], [OrgUnitType.Hospital], [],
            [new Shift("PAGI", new(7, 30), new(11, 30)), new Shift("SIANG", new(12, 0), new(16, 0))],
            [new Selector(Levels: [PositionLevel.Jpt])], [], 0.5m, Staffing.Capacity));

    public const string KukarRoster = """
        2021-06-28 kadis  Office PAGI,SIANG AlwaysOnSite
        2021-06-28 s1     Office PAGI Capacity
        2021-06-28 s2     Office SIANG Capacity
        2021-06-28 s3     Home - Home
        2021-06-28 s4     Home - Home
        2021-06-28 kaban  Office PAGI,SIANG AlwaysOnSite
        2021-06-28 b1     Home - Home
        2021-06-28 b2     Home - PriorityHome
        2021-06-28 irban1 Office PAGI,SIANG AlwaysOnSite
        2021-06-28 irban2 Office PAGI,SIANG AlwaysOnSite
        2021-06-28 dokter Office PAGI,SIANG ExemptUnit
        2021-06-29 kadis  Office PAGI,SIANG AlwaysOnSite
        2021-06-29 s1     Home - Home
        2021-06-29 s2     Home - Home
        2021-06-29 s3     Office PAGI Capacity
        2021-06-29 s4     Office SIANG Capacity
        2021-06-29 kaban  Office PAGI,SIANG AlwaysOnSite
        2021-06-29 b1     Home - Home
        2021-06-29 b2     Home - PriorityHome
        2021-06-29 irban1 Office PAGI,SIANG AlwaysOnSite
        2021-06-29 irban2 Office PAGI,SIANG AlwaysOnSite
        2021-06-29 dokter Office PAGI,SIANG ExemptUnit
        """;

    public static readonly CapViolation[] KukarViolations =
    [
        new("inspektorat", new(2021, 6, 28), "PAGI", 1, 2),
        new("inspektorat", new(2021, 6, 28), "SIANG", 1, 2),
        new("inspektorat", new(2021, 6, 29), "PAGI", 1, 2),
        new("inspektorat", new(2021, 6, 29), "SIANG", 1, 2),
    ];

    /// <summary>A roster from its lines, with the summary counted from them (so that a test breaks only what it means to).</summary>
    public static Roster Parse(Scenario scenario, string lines, IReadOnlyList<Shortfall>? shortfalls = null, IReadOnlyList<CapViolation>? violations = null)
    {
        var codes = scenario.Policy.Shifts.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var assignments = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var shifts = f[3] == "-" ? ShiftSet.None : new ShiftSet(f[3].Split(',').Aggregate(0u, (bits, code) => bits | ShiftSet.One(codes[code]).Bits));
            return new RosterAssignment(f[1], DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), Enum.Parse<WorkMode>(f[2]), shifts, Enum.Parse<AssignmentReason>(f[4]));
        }).ToList();
        return new Roster(scenario.Policy.Number, assignments, shortfalls ?? [], violations ?? [],
            new RosterSummary(scenario.Employees.Count, scenario.WorkingDays().Count,
                assignments.Count(a => a.Mode == WorkMode.Office), assignments.Count(a => a.Mode == WorkMode.Home)));
    }

    /// <summary>The lines with one assignment's line replaced (matched by its date and employee).</summary>
    public static string With(string lines, string replacement)
    {
        var key = string.Join(' ', replacement.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..2]);
        var found = false;
        var result = lines.Split('\n').Select(line =>
        {
            if (string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)) != key)
            {
                return line;
            }
            found = true;
            return replacement;
        }).ToList();
        return found ? string.Join('\n', result) : throw new ArgumentException($"no line for {key}", nameof(replacement));
    }

    private static ScenarioEmployee Person(
        string id, string unit, PositionLevel level, Employment employment = Employment.Pppk, string? title = null, string? headOf = null,
        bool priorityHome = false, DateOnly[]? unavailable = null) =>
        new(id, id, unit, employment, level, title, headOf, priorityHome, unavailable ?? []);
}
