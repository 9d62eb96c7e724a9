namespace Sikerja.Domain.Rosters;

/// <summary>Plans the roster of a scenario under every rule of roster-scenario.md.</summary>
public static class RosterSolver
{
    public static Roster Solve(Scenario scenario) =>
        throw new NotImplementedException($"The solver is being written; {scenario.Policy.Number} cannot be planned yet.");
}
