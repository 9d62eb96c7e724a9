using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Tests.Rosters;

/// <summary>Hand-made scenarios for solver tests: a week from Monday 2 March 2020, a policy in force all of it.</summary>
internal sealed class TestScenario
{
    public static readonly DateOnly Monday = new(2020, 3, 2);

    private readonly List<ScenarioUnit> _units = [];
    private readonly List<ScenarioEmployee> _employees = [];

    public PolicyRules Policy { get; set; } = new(
        "SE/1/2020", "Sistem kerja", Monday, null,
        [Employment.Pns, Employment.Pppk, Employment.NonAsn], [], [], [Shift.FullDay], [], [], null, Staffing.Minimum);

    public DateOnly From { get; set; } = Monday;
    public DateOnly To { get; set; } = Monday.AddDays(4);
    public List<DateOnly> Holidays { get; } = [];

    public TestScenario Unit(string id, OrgUnitType type, string? parent = null)
    {
        _units.Add(new ScenarioUnit(id, id, type, parent));
        return this;
    }

    public TestScenario Employee(string id, string unit, PositionLevel level = PositionLevel.Staff,
        Employment employment = Employment.Pns, string? title = null, string? headOf = null,
        bool priorityHome = false, params DateOnly[] unavailable)
    {
        _employees.Add(new ScenarioEmployee(id, id, unit, employment, level, title, headOf, priorityHome, unavailable));
        return this;
    }

    /// <summary>Adds <paramref name="count"/> employees named prefix1, prefix2 … to a unit.</summary>
    public TestScenario Staff(string prefix, int count, string unit, PositionLevel level = PositionLevel.Staff, bool priorityHome = false)
    {
        for (var i = 1; i <= count; i++)
        {
            Employee($"{prefix}{i}", unit, level, priorityHome: priorityHome);
        }
        return this;
    }

    public TestScenario With(Func<PolicyRules, PolicyRules> change)
    {
        Policy = change(Policy);
        return this;
    }

    public Scenario Build() => new(
        new ScenarioTenant("Pemerintah Kabupaten Uji", "Asia/Jakarta"),
        new ScenarioPeriod(From, To),
        new ScenarioCalendar(WorkWeek.MondayToFriday, Holidays),
        _units, _employees, Policy);

    public Roster Solve() => RosterSolver.Solve(Build());
}
