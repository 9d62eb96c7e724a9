using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters;

/// <summary>Everything the solver needs to plan a period (roster-scenario.md, "Scenario").</summary>
public sealed record Scenario(
    ScenarioTenant Tenant,
    ScenarioPeriod Period,
    ScenarioCalendar Calendar,
    IReadOnlyList<ScenarioUnit> Units,
    IReadOnlyList<ScenarioEmployee> Employees,
    PolicyRules Policy)
{
    /// <summary>The dates of the period whose weekday is worked and that are not holidays, in order.</summary>
    public IReadOnlyList<DateOnly> WorkingDays()
    {
        var holidays = Calendar.Holidays.ToHashSet();
        var days = new List<DateOnly>();
        for (var d = Period.From; d <= Period.To; d = d.AddDays(1))
        {
            if (Calendar.WorkDays.Includes(d.DayOfWeek) && !holidays.Contains(d))
            {
                days.Add(d);
            }
        }
        return days;
    }
}

public sealed record ScenarioTenant(string Name, string TimeZone);

/// <summary>An inclusive range of dates.</summary>
public sealed record ScenarioPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;
}

public sealed record ScenarioCalendar(WorkWeek WorkDays, IReadOnlyList<DateOnly> Holidays);

public sealed record ScenarioUnit(string Id, string Name, OrgUnitType Type, string? Parent);

public sealed record ScenarioEmployee(
    string Id,
    string Name,
    string Unit,
    Employment Employment,
    PositionLevel Level,
    string? Title,
    string? HeadOf,
    bool PriorityHome,
    IReadOnlyList<DateOnly> Unavailable);
