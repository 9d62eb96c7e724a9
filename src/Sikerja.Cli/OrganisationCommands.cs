using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Domain.Imports;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Cli;

/// <summary>
/// Import and export of a tenant's units and employees. The command line has no account: it takes tenant-admin
/// rights for the tenant it names, and the audit trail records the changes as made by "cli".
/// </summary>
internal static class OrganisationCommands
{
    private const string Actor = "cli";

    public static Command Import()
    {
        var tenant = new Option<string>("--tenant") { Description = "The tenant's code", Required = true };
        var file = new Argument<FileInfo>("FILE") { Description = "An XLSX workbook (sheets Unit and Pegawai) or a CSV file of one of them" };
        var commit = new Option<bool>("--commit") { Description = "Apply the file when it has no problem (otherwise only check it)" };
        var command = new Command("import", "Checks a spreadsheet of units and employees and, with --commit, applies it in one transaction.") { tenant, file, commit };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"import: file '{path.FullName}' not found");
                return CliRunner.InvalidInput;
            }
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            if (!await EnterTenantAsync(scope.ServiceProvider, parse.GetValue(tenant)!, ct))
            {
                return CliRunner.InvalidInput;
            }
            var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
            await using var content = path.OpenRead();
            var preview = await imports.PreviewAsync(path.Name, content, ct);
            if (!preview.IsDone)
            {
                return await ReportAsync(preview.Problems.Select(p => p.ToString()));
            }
            if (preview.Value!.Problems.Count > 0)
            {
                return await ReportAsync(preview.Value.Problems.Select(p => p.ToString()));
            }
            if (!parse.GetValue(commit))
            {
                Console.WriteLine($"{path.Name}: no problems. {Describe(preview.Value.Summary!)} Nothing saved; run again with --commit to apply.");
                return CliRunner.Ok;
            }
            var committed = await imports.CommitAsync(preview.Value.Id, ct);
            if (!committed.IsDone)
            {
                return await ReportAsync(committed.Problems.Select(p => p.ToString()));
            }
            Console.WriteLine($"{path.Name}: imported. {Describe(committed.Value!.Summary!)}");
            return CliRunner.Ok;
        });
        return command;
    }

    public static Command Export()
    {
        var tenant = new Option<string>("--tenant") { Description = "The tenant's code", Required = true };
        var format = new Option<string>("--format") { Description = $"{ExportFormats.Names} or scenario", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The file to write", Required = true };
        var from = new Option<DateOnly?>("--from") { Description = "scenario: first day whose holidays are listed" };
        var to = new Option<DateOnly?>("--to") { Description = "scenario: last day whose holidays are listed" };
        var command = new Command("export", "Writes a tenant's units and employees in the import layout, or as the organisation parts of a roster scenario.")
        {
            tenant, format, output, from, to,
        };
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(format)!.Trim().ToLowerInvariant();
            var isScenario = name == "scenario";
            if (!ExportFormats.TryParse(name, out var exportFormat) && !isScenario)
            {
                await Console.Error.WriteLineAsync($"export: --format must be one of {ExportFormats.Names}, scenario");
                return CliRunner.InvalidInput;
            }
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            if (!await EnterTenantAsync(scope.ServiceProvider, parse.GetValue(tenant)!, ct))
            {
                return CliRunner.InvalidInput;
            }
            byte[] content;
            if (isScenario)
            {
                var result = await scope.ServiceProvider.GetRequiredService<ScenarioExport>().ExportAsync(parse.GetValue(from), parse.GetValue(to), ct);
                if (!result.IsDone)
                {
                    return await ReportAsync(result.Problems.Select(p => $"export: {p}"));
                }
                content = result.Value!.ToJson();
            }
            else
            {
                content = (await scope.ServiceProvider.GetRequiredService<OrganisationExport>().ExportAsync(exportFormat, ct)).Value!.Content;
            }
            var path = parse.GetValue(output)!;
            await File.WriteAllBytesAsync(path.FullName, content, ct);
            Console.WriteLine($"Written {path.FullName} ({content.Length} bytes).");
            return CliRunner.Ok;
        });
        return command;
    }

    private static async Task<bool> EnterTenantAsync(IServiceProvider services, string code, CancellationToken ct)
    {
        var id = await services.GetRequiredService<SikerjaDbContext>().Tenants
            .Where(t => t.Code == code.Trim()).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            await Console.Error.WriteLineAsync($"no tenant with code '{code}'");
            return false;
        }
        services.GetRequiredService<ImportActor>().ActForTenant(id.Value, Actor);
        return true;
    }

    private static async Task<int> ReportAsync(IEnumerable<string> problems)
    {
        foreach (var p in problems)
        {
            await Console.Error.WriteLineAsync(p);
        }
        return CliRunner.InvalidInput;
    }

    private static string Describe(ImportSummary s) =>
        $"Units: {s.UnitsCreated} new, {s.UnitsUpdated} changed, {s.UnitsUnchanged} unchanged. "
        + $"Employees: {s.EmployeesCreated} new, {s.EmployeesUpdated} changed, {s.EmployeesUnchanged} unchanged. "
        + $"Others updated as a consequence: {s.OthersUpdated}.";
}
