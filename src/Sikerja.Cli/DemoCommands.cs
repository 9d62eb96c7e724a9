using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Web.Features.Demo;

namespace Sikerja.Cli;

internal static class DemoCommands
{
    public static Command SeedDemo()
    {
        var employees = new Option<int>("--employees")
        {
            Description = $"Number of employees ({DemoOptions.MinEmployees}–{DemoOptions.MaxEmployees})",
            DefaultValueFactory = _ => DemoOptions.DefaultEmployees,
        };
        var code = new Option<string>("--code") { Description = "Tenant code of the new demo tenant", DefaultValueFactory = _ => DemoOptions.DefaultCode };
        var name = new Option<string>("--name") { Description = "Tenant name", DefaultValueFactory = _ => DemoOptions.DefaultName };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and size give the same regency", DefaultValueFactory = _ => 1 };
        var command = new Command("seed-demo", "Seeds a realistic demo regency of any size into a new tenant, with one account per role.")
        {
            employees, code, name, seed,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
            if (!await CliDatabase.IsMigratedAsync(db, "seed-demo", ct))
            {
                return CliRunner.Failed;
            }
            var options = new DemoOptions(parse.GetValue(employees), parse.GetValue(code)!, parse.GetValue(name)!, parse.GetValue(seed));
            var result = await scope.ServiceProvider.GetRequiredService<DemoRegencySeeder>().SeedAsync(options, ct);
            if (result.Value is not { } demo)
            {
                foreach (var p in result.Problems)
                {
                    await Console.Error.WriteLineAsync($"seed-demo: {p}");
                }
                return CliRunner.InvalidInput;
            }
            Console.WriteLine($"Demo regency seeded in {demo.Took.TotalSeconds:0.0} s: {demo.Units} units, {demo.Employees} employees.");
            await using var read = host.Services.CreateAsyncScope();
            if (await DemoLogins.ReadAsync(read.ServiceProvider.GetRequiredService<SikerjaDbContext>(), options.Code, ct) is { } listing)
            {
                DemoBanner.WriteLogins(Console.Out, listing);
            }
            return CliRunner.Ok;
        });
        return command;
    }
}
