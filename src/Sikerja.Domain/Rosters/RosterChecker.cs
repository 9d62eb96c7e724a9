using Sikerja.Domain.Rosters.Checking;

namespace Sikerja.Domain.Rosters;

/// <summary>
/// The referee of roster-scenario.md: every way a roster breaks "The rules a roster must keep" for its
/// scenario, each as a <see cref="Problem"/> whose Where names the employee and date, the unit, date and
/// shift, or the roster's field, and whose Message says which rule and how. Written from the spec alone,
/// independently of the solver. The scenario must be valid (<see cref="ScenarioRules"/>).
/// </summary>
public static class RosterChecker
{
    public static List<Problem> Check(Scenario scenario, Roster roster) => new RosterCheck(new ScenarioFacts(scenario), roster).Run();
}
