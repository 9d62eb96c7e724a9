namespace Sikerja.RosterBenchmarks;

/// <summary>
/// The CP-SAT reference on one scenario: the model built and solved within the time limit, its roster judged by
/// <c>sikerja roster check</c>, and both its roster and Sikerja's scored by the same objective.
/// </summary>
internal sealed class CpSatBenchmark(string cli, DirectoryInfo scratch, TimeSpan timeLimit, int workers)
{
    public TimeSpan TimeLimit => timeLimit;

    public int Workers => workers;

    public async Task<CpSatFigure> RunAsync(string preset, int employees, FileInfo file)
    {
        var scenario = RosterFiles.ReadScenario(file);
        var facts = ScenarioFacts.Of(scenario);
        Progress.Say($"{preset} {employees:N0}: CP-SAT, up to {timeLimit.TotalSeconds:0} s with {workers} workers");
        var outcome = CpSatRoster.Solve(facts, timeLimit, workers);
        Progress.Say($"{preset} {employees:N0}: CP-SAT {outcome.Status}, objective {outcome.Objective}, bound {outcome.Bound}, {(outcome.Build + outcome.Solve).TotalSeconds:0.0} s");
        var weights = ObjectiveWeights.For(facts);
        CliRun? check = null;
        RosterScore? score = null;
        if (outcome.Roster is { } roster)
        {
            var path = Path.Combine(scratch.FullName, $"{preset}-{employees}.cpsat.roster.json");
            RosterFiles.WriteRoster(roster, scenario, path);
            check = await CliRun.RunAsync(cli, ["roster", "check", file.FullName, path]);
            score = RosterScore.Of(facts, roster);
        }
        var sikerja = RosterScore.Of(facts, Sikerja.Domain.Rosters.RosterSolver.Solve(scenario));
        return new CpSatFigure(preset, employees, outcome, check, score, sikerja, weights);
    }
}

/// <summary>CP-SAT's outcome on one scenario beside Sikerja's roster of it, both scored alike.</summary>
internal sealed record CpSatFigure(
    string Preset,
    int Employees,
    CpSatOutcome Outcome,
    CliRun? Check,
    RosterScore? Score,
    RosterScore SikerjaScore,
    ObjectiveWeights Weights)
{
    public TimeSpan Elapsed => Outcome.Build + Outcome.Solve;

    public int CheckProblems => Check is null ? 0 : Math.Max(0, Check.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);

    public long SikerjaObjective => Weights.Of(SikerjaScore);
}
