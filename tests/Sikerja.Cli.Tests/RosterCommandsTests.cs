using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Sikerja.Cli.Roster;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.Cli.Tests;

/// <summary><c>sikerja roster solve|check</c> as the spec says: exit codes, messages naming JSON paths, the
/// output file, and never a stack trace.</summary>
public sealed class RosterCommandsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("sikerja-cli-");
    private readonly MemoryStream output = new();
    private readonly StringWriter text = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        folder.Delete(recursive: true);
        output.Dispose();
        text.Dispose();
        error.Dispose();
    }

    [Fact]
    public async Task Solve_writes_the_roster_to_the_out_file_and_check_finds_it_keeps_every_rule()
    {
        var scenario = Example("kebumen-2020.json");
        var roster = Path.Combine(folder.FullName, "roster.json");

        Assert.Equal(0, await RunAsync("roster", "solve", scenario, "--out", roster));
        Assert.Equal("", error.ToString());
        Assert.Equal(0, await RunAsync("roster", "check", scenario, roster));
        Assert.Equal($"{roster}: keeps every rule.", text.ToString().Trim());
    }

    [Fact]
    public async Task Solve_writes_to_standard_output_by_default()
    {
        var scenarioPath = Example("kukar-2021.json");
        Assert.Equal(0, await RunAsync("roster", "solve", scenarioPath));
        var scenario = ScenarioJson.Read(File.OpenRead(scenarioPath)).Value!;
        var roster = RosterJson.Read(new MemoryStream(output.ToArray()), scenario);
        Assert.True(roster.IsValid, string.Join("\n", roster.Problems));
        Assert.Equal(scenario.Policy.Number, roster.Value!.Policy);
    }

    [Fact]
    public async Task Check_lists_every_broken_rule_and_exits_1()
    {
        var scenario = Example("kebumen-2020.json");
        var roster = Path.Combine(folder.FullName, "roster.json");
        Assert.Equal(0, await RunAsync("roster", "solve", scenario, "--out", roster));
        var json = JsonNode.Parse(await File.ReadAllTextAsync(roster))!;
        var home = json["assignments"]!.AsArray().First(a => a!["reason"]!.GetValue<string>() == "Home")!;
        home["reason"] = "PriorityHome";
        json["summary"]!["employees"] = 1;
        await File.WriteAllTextAsync(roster, json.ToJsonString());

        Assert.Equal(1, await RunAsync("roster", "check", scenario, roster));
        var lines = text.ToString().Trim().Split('\n');
        Assert.Equal(
            [
                $"employee {home["employee"]} on {home["date"]}: rule 6: an employee at home has reason Home, found PriorityHome",
                "summary.employees: says 1, but there are 120 employees in the scenario",
                $"{roster}: 2 broken rule(s).",
            ],
            lines);
    }

    [Fact]
    public async Task An_invalid_scenario_exits_2_with_one_line_per_problem_naming_its_path()
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Example("kebumen-2020.json")))!;
        json["employees"]![12]!["unit"] = "dinkes.p3p";
        json["policy"]!["maxOnSiteFraction"] = 2;
        var scenario = Path.Combine(folder.FullName, "scenario.json");
        await File.WriteAllTextAsync(scenario, json.ToJsonString());

        Assert.Equal(2, await RunAsync("roster", "solve", scenario));
        Assert.Equal(
            [$"{scenario}: employees[12].unit: no unit 'dinkes.p3p'", $"{scenario}: policy.maxOnSiteFraction: 2 is outside (0, 1]; use null for no cap"],
            error.ToString().Trim().Split('\n'));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task A_roster_of_other_people_exits_2_naming_the_assignment()
    {
        var scenario = Example("seruyan-2020.json");
        var roster = Path.Combine(folder.FullName, "roster.json");
        Assert.Equal(0, await RunAsync("roster", "solve", scenario, "--out", roster));
        var json = JsonNode.Parse(await File.ReadAllTextAsync(roster))!;
        json["assignments"]![3]!["employee"] = "199901012020011001";
        json["assignments"]![4]!["mode"] = "Remote";
        await File.WriteAllTextAsync(roster, json.ToJsonString());

        Assert.Equal(2, await RunAsync("roster", "check", scenario, roster));
        Assert.Equal(
            [$"{roster}: assignments[3].employee: no employee '199901012020011001' in the scenario", $"{roster}: assignments[4].mode: unknown value 'Remote'; allowed: Office, Home, Off"],
            error.ToString().Trim().Split('\n'));
    }

    [Fact]
    public async Task An_unreadable_file_exits_2_with_a_clear_message_and_no_stack_trace()
    {
        var missing = Path.Combine(folder.FullName, "tidak-ada.json");
        Assert.Equal(2, await RunAsync("roster", "check", missing, missing));
        Assert.StartsWith($"{missing}: cannot be read: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_file_that_cannot_be_written_exits_2()
    {
        var nowhere = Path.Combine(folder.FullName, "tidak-ada", "roster.json");
        Assert.Equal(2, await RunAsync("roster", "solve", Example("solok-selatan-2020.json"), "--out", nowhere));
        Assert.StartsWith($"roster solve: cannot write '{nowhere}': ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_exits_2_with_its_line_and_position()
    {
        var scenario = Path.Combine(folder.FullName, "scenario.json");
        await File.WriteAllTextAsync(scenario, "{\n  \"tenant\": {\n    \"name\": \n}", Encoding.UTF8);
        Assert.Equal(2, await RunAsync("roster", "solve", scenario));
        Assert.Equal($"{scenario}: tenant: malformed JSON at line 4, position 1: '}}' is an invalid start of a value.", error.ToString().Trim());
    }

    private Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { RosterCommands.Roster(new CliConsole(() => output, text, error)) };
        return CliRunner.RunAsync(root, args);
    }

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name);
}
