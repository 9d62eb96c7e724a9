using System.CommandLine;
using System.Globalization;
using Sikerja.Domain.Rosters;

namespace Sikerja.RosterBenchmarks;

/// <summary>
/// <c>cpsat SCENARIO.json [--out ROSTER.json]</c>: the CP-SAT reference on one scenario, for a look at a single
/// file (the five source scenarios, say): its status, objective, bound and time, its roster written for
/// <c>sikerja roster check</c>, and its score beside Sikerja's roster of the same scenario.
/// </summary>
internal static class ReferenceCommand
{
    public static Command Create(Option<double> timeLimit, Option<int> workers)
    {
        var scenarioFile = new Argument<FileInfo>("SCENARIO") { Description = "A scenario in the format of roster-scenario.md" };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write CP-SAT's roster" };
        var command = new Command("cpsat", "Solve one scenario with the CP-SAT reference and score it beside Sikerja's roster")
        {
            scenarioFile, output, timeLimit, workers,
        };
        command.SetAction(parse =>
        {
            var scenario = RosterFiles.ReadScenario(parse.GetValue(scenarioFile)!);
            var facts = ScenarioFacts.Of(scenario);
            var outcome = CpSatRoster.Solve(facts, TimeSpan.FromSeconds(parse.GetValue(timeLimit)), parse.GetValue(workers));
            var weights = ObjectiveWeights.For(facts);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CP-SAT: {outcome.Status}, objective {outcome.Objective?.ToString(CultureInfo.InvariantCulture) ?? "none"}, bound {outcome.Bound}, "
                + $"build {outcome.Build.TotalSeconds:0.00} s, solve {outcome.Solve.TotalSeconds:0.00} s, {outcome.Booleans} Booleans, {outcome.Constraints} constraints"));
            if (outcome.Roster is { } roster)
            {
                Console.WriteLine($"CP-SAT's roster:  {Describe(RosterScore.Of(facts, roster), weights)}");
                if (parse.GetValue(output) is { } file)
                {
                    RosterFiles.WriteRoster(roster, scenario, file.FullName);
                }
            }
            Console.WriteLine($"Sikerja's roster: {Describe(RosterScore.Of(facts, RosterSolver.Solve(scenario)), weights)}");
            return outcome.Roster is null ? 1 : 0;
        });
        return command;
    }

    private static string Describe(RosterScore s, ObjectiveWeights weights) => string.Create(CultureInfo.InvariantCulture,
        $"shortfall {s.Shortfall}, cap excess {s.CapExcess}, priority-home office days {s.PriorityOfficeDays}, other office days {s.RegularOfficeDays}; objective {weights.Of(s)}");
}
