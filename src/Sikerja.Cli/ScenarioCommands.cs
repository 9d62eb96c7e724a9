using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Domain.Rosters.Json;
using Sikerja.Web.Features.Rosters;

namespace Sikerja.Cli;

/// <summary>Roster scenarios as stored data: a scenario file loaded into a new tenant, for demonstrations and tests.</summary>
internal static class ScenarioCommands
{
    public static Command Scenario() => new("scenario", "Loads roster scenarios (roster-scenario.md) into the application.") { Import() };

    private static Command Import()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A scenario JSON file" };
        var tenant = new Option<string>("--tenant") { Description = "The code of the new tenant (e.g. kebumen)", Required = true };
        var command = new Command("import",
            "Creates a tenant from a scenario: work week, holidays, units, employees with heads and reporting lines, unavailable days, and the policy as a published circular.")
        {
            file, tenant,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"scenario import: file '{path.FullName}' not found");
                return CliRunner.InvalidInput;
            }
            ReadResult<Domain.Rosters.Scenario> read;
            await using (var content = path.OpenRead())
            {
                read = ScenarioJson.Read(content);
            }
            if (read.Value is not { } scenario)
            {
                foreach (var p in read.Problems)
                {
                    await Console.Error.WriteLineAsync($"{path.Name}: {p}");
                }
                return CliRunner.InvalidInput;
            }
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            if (!await CliDatabase.IsMigratedAsync(scope.ServiceProvider.GetRequiredService<SikerjaDbContext>(), "scenario import", ct))
            {
                return CliRunner.Failed;
            }
            var code = parse.GetValue(tenant)!;
            var result = await scope.ServiceProvider.GetRequiredService<ScenarioImporter>().ImportAsync(scenario, code, ct);
            if (result.Value is not { } created)
            {
                foreach (var p in result.Problems)
                {
                    await Console.Error.WriteLineAsync($"{path.Name}: {p}");
                }
                return CliRunner.InvalidInput;
            }
            Console.WriteLine($"Tenant '{created.Code}' created from {path.Name}: {created.Name}, {scenario.Units.Count} units, " +
                $"{scenario.Employees.Count} employees, circular {scenario.Policy.Number} published. " +
                "A system admin gives it its first tenant admin on the Tenants page.");
            return CliRunner.Ok;
        });
        return command;
    }
}
