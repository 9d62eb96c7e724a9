using System.Text;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.Domain.Tests.Rosters;

/// <summary>The property of the spec: the checker finds nothing in what the solver produces, over random
/// scenarios and the five example scenarios; and what is written reads back the same.</summary>
public sealed class SolverPropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_checker_finds_nothing_in_a_solved_random_scenario(int seed)
    {
        var scenario = RandomScenarios.Make(seed);
        var roster = RosterSolver.Solve(scenario);
        var problems = RosterChecker.Check(scenario, roster);
        Assert.True(problems.Count == 0, $"seed {seed}:\n{string.Join("\n", problems.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_random_scenario_and_its_roster_read_back_as_written(int seed)
    {
        var scenario = RandomScenarios.Make(seed);
        var scenarioText = Write(s => ScenarioJson.Write(scenario, s));
        var again = ScenarioJson.Read(new MemoryStream(scenarioText));
        Assert.True(again.IsValid, string.Join("\n", again.Problems));
        Assert.Equal(scenarioText, Write(s => ScenarioJson.Write(again.Value!, s)));

        var roster = RosterSolver.Solve(scenario);
        var rosterText = Write(s => RosterJson.Write(roster, scenario, s));
        var rosterAgain = RosterJson.Read(new MemoryStream(rosterText), again.Value!);
        Assert.True(rosterAgain.IsValid, string.Join("\n", rosterAgain.Problems));
        Assert.Equal(Encoding.UTF8.GetString(rosterText), Encoding.UTF8.GetString(Write(s => RosterJson.Write(rosterAgain.Value!, again.Value!, s))));
    }

    /// <summary>The checker is no rubber stamp: sending home someone rules 1–5 fix, or leaving out an
    /// assignment, is found at that employee and day in every random scenario.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_checker_finds_a_fixed_day_changed_or_an_assignment_left_out(int seed)
    {
        var scenario = RandomScenarios.Make(seed);
        var roster = RosterSolver.Solve(scenario);
        var random = new Random(seed);
        var at = random.Next(roster.Assignments.Count);
        var dropped = roster.Assignments[at];
        var fewer = roster with { Assignments = [.. roster.Assignments.Where((_, i) => i != at)] };
        Assert.Contains(RosterChecker.Check(scenario, fewer), p => p.Where == $"employee {dropped.Employee} on {dropped.Date:yyyy-MM-dd}" && p.Message.StartsWith("no assignment", StringComparison.Ordinal));

        var fixedDays = roster.Assignments.Select((a, i) => (a, i)).Where(x => x.a.Reason is AssignmentReason.Unavailable or AssignmentReason.NoPolicy
            or AssignmentReason.OutOfScope or AssignmentReason.ExemptUnit or AssignmentReason.AlwaysOnSite).ToList();
        if (fixedDays.Count == 0)
        {
            return;
        }
        var (changed, index) = fixedDays[random.Next(fixedDays.Count)];
        var assignments = roster.Assignments.ToArray();
        assignments[index] = changed with { Mode = WorkMode.Home, Shifts = ShiftSet.None, Reason = AssignmentReason.Home };
        Assert.Contains(RosterChecker.Check(scenario, roster with { Assignments = assignments }), p => p.Where == $"employee {changed.Employee} on {changed.Date:yyyy-MM-dd}" && p.Message.StartsWith("rule ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_checker_finds_nothing_in_a_solved_example_scenario(string path)
    {
        using var file = File.OpenRead(path);
        var scenario = ScenarioJson.Read(file).Value!;
        var problems = RosterChecker.Check(scenario, RosterSolver.Solve(scenario));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public static TheoryData<string> ExampleFiles() => [.. ExampleScenarios.Files()];

    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
