using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sikerja.Data;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Features.Shared;
using Sikerja.Web.Features.TravelRecaps;

namespace Sikerja.Cli;

/// <summary>Travel in batch: the monthly travel recap workbook of an agency, or consolidated across the agencies.</summary>
internal static class TravelCommands
{
    public static Command Travel(CliConsole console, Func<IHost> host) => new("travel", "Travel permits in batch: monthly recaps.") { Recap(console, host) };

    private static Command Recap(CliConsole console, Func<IHost> host)
    {
        var tenant = new Option<string>("--tenant") { Description = "The tenant's code", Required = true };
        var month = new Option<string>("--month") { Description = "The month, yyyy-MM", Required = true };
        var agency = new Option<string?>("--agency") { Description = "The agency's unit code (a top-level unit); the consolidated recap of every agency when omitted" };
        var output = new Option<FileInfo>("--out") { Description = "The XLSX file to write", Required = true };
        var command = new Command("recap",
            "Writes the month's travel recap workbook as /TravelRecaps exports it: an agency's (sheets Jumlah and Perjalanan; the signed letter's lines " +
            "once signed, else the draft from the permits), or without --agency the consolidated month (sheets Perangkat Daerah, and Jumlah and " +
            "Perjalanan of the submitted letters).")
        {
            tenant, month, agency, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var built = host();
            await using var scope = built.Services.CreateAsyncScope();
            var cli = new CliTenant(scope.ServiceProvider, console.Error, Verb);
            if (cli.Month(parse.GetValue(month)!) is not { } first)
            {
                return CliRunner.InvalidInput;
            }
            if (!await CliDatabase.IsMigratedAsync(scope.ServiceProvider.GetRequiredService<SikerjaDbContext>(), Verb, ct))
            {
                return CliRunner.Failed;
            }
            if (!await cli.EnterAsync(parse.GetValue(tenant)!, ct))
            {
                return CliRunner.InvalidInput;
            }
            var query = scope.ServiceProvider.GetRequiredService<TravelRecapQuery>();
            var text = $"{first:yyyy-MM}";
            ExportFile file;
            string written;
            if (parse.GetValue(agency) is { } code)
            {
                if (await cli.AgencyAsync(code, ct) is not { } agencyId)
                {
                    return CliRunner.InvalidInput;
                }
                var recap = await query.AgencyAsync(agencyId, text, ct);
                if (recap.Value is not { } r)
                {
                    return await RefusedAsync(recap, console);
                }
                file = RecapWorkbook.Agency(r);
                written = $"{r.Agency.Name}, {text}: {r.Counts.TotalTrips} trip(s) of {r.Counts.TotalPeople} people";
            }
            else
            {
                var recap = await query.ConsolidatedAsync(text, ct);
                if (recap.Value is not { } r)
                {
                    return await RefusedAsync(recap, console);
                }
                file = RecapWorkbook.Consolidated(r);
                written = $"{r.Agencies.Count} agencies, {text}: {r.Submitted.Count} submitted, {r.Counts.TotalTrips} trip(s) on the submitted letters";
            }
            var path = parse.GetValue(output)!;
            if (!await CliOutput.WriteAsync(path, file.Content, console, Verb, ct))
            {
                return CliRunner.InvalidInput;
            }
            await console.Out.WriteLineAsync($"Written {path.FullName}: {written}.");
            return CliRunner.Ok;
        });
        return command;
    }

    private const string Verb = "travel recap";

    private static async Task<int> RefusedAsync<T>(CommandResult<T> result, CliConsole console)
    {
        foreach (var p in result.Problems)
        {
            await console.Error.WriteLineAsync($"{Verb}: {p}");
        }
        return CliRunner.InvalidInput;
    }
}
