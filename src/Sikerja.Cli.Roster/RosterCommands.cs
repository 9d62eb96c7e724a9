using System.CommandLine;
using Sikerja.Domain;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.Cli.Roster;

/// <summary>
/// <c>roster solve</c> and <c>roster check</c> of roster-scenario.md: files in, files out, no host, no
/// database, so that the process starts fast. Invalid input exits 2 with one line per problem naming its JSON
/// path; a roster that breaks a rule exits 1 with one line per broken rule.
/// </summary>
public static class RosterCommands
{
    private const int BufferSize = 1 << 20;

    public static Command Roster(CliConsole console) => new("roster", "Plans and checks duty rosters of roster scenarios (shared/spec/roster-scenario.md).")
    {
        Solve(console),
        Check(console),
    };

    private static Command Solve(CliConsole console)
    {
        var scenarioFile = new Argument<string>("SCENARIO.json") { Description = "The scenario to plan" };
        var output = new Option<string?>("--out") { Description = "The roster file to write (standard output when left out)" };
        var command = new Command("solve", "Plans the roster of a scenario and writes it as JSON.") { scenarioFile, output };
        command.SetAction(parse =>
        {
            if (ReadScenario(console, parse.GetValue(scenarioFile)!) is not { } scenario)
            {
                return CliRunner.InvalidInput;
            }
            var roster = RosterSolver.Solve(scenario);
            var path = parse.GetValue(output);
            try
            {
                using Stream stream = path is null ? new BufferedStream(console.OpenOutput(), BufferSize) : Create(path);
                RosterJson.Write(roster, scenario, stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"roster solve: cannot write '{path}': {e.Message}");
                return CliRunner.InvalidInput;
            }
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command Check(CliConsole console)
    {
        var scenarioFile = new Argument<string>("SCENARIO.json") { Description = "The scenario the roster plans" };
        var rosterFile = new Argument<string>("ROSTER.json") { Description = "The roster to check" };
        var command = new Command("check", "Lists every rule of the spec that a roster breaks for its scenario; exit 0 when none, 1 otherwise.")
        {
            scenarioFile, rosterFile,
        };
        command.SetAction(parse =>
        {
            if (ReadScenario(console, parse.GetValue(scenarioFile)!) is not { } scenario)
            {
                return CliRunner.InvalidInput;
            }
            var path = parse.GetValue(rosterFile)!;
            var read = Read(console, path, stream => RosterJson.Read(stream, scenario));
            if (read?.Value is not { } roster)
            {
                return CliRunner.InvalidInput;
            }
            var problems = RosterChecker.Check(scenario, roster);
            foreach (var problem in problems)
            {
                console.Out.WriteLine(problem);
            }
            console.Out.WriteLine(problems.Count == 0 ? $"{path}: keeps every rule." : $"{path}: {problems.Count} broken rule(s).");
            return problems.Count == 0 ? CliRunner.Ok : CliRunner.Failed;
        });
        return command;
    }

    private static Scenario? ReadScenario(CliConsole console, string path) => Read(console, path, ScenarioJson.Read)?.Value;

    /// <summary>Reads a file; an unreadable file or invalid content is told on standard error (null returned).</summary>
    private static ReadResult<T>? Read<T>(CliConsole console, string path, Func<Stream, ReadResult<T>> read)
        where T : class
    {
        ReadResult<T> result;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
            result = read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{path}: cannot be read: {e.Message}");
            return null;
        }
        foreach (var problem in result.Problems)
        {
            console.Error.WriteLine($"{path}: {problem}");
        }
        return result.IsValid ? result : null;
    }

    private static FileStream Create(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
}
