using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sikerja.Data;
using Sikerja.Web.Features.Reports;

namespace Sikerja.Cli;

/// <summary>Daily work reports in batch: an agency's monthly summary workbook, and the reminders due now.</summary>
internal static class ReportCommands
{
    public static Command Reports(CliConsole console, Func<IHost> host) =>
        new("reports", "Daily work reports in batch: monthly summaries and reminders.") { Summary(console, host), Remind(console, host) };

    private static Command Summary(CliConsole console, Func<IHost> host)
    {
        const string Verb = "reports summary";
        var tenant = new Option<string>("--tenant") { Description = "The tenant's code", Required = true };
        var agency = new Option<string>("--agency") { Description = "The agency's unit code (a top-level unit)", Required = true };
        var month = new Option<string>("--month") { Description = "The month, yyyy-MM", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The XLSX file to write", Required = true };
        var command = new Command("summary",
            "Writes an agency's monthly summary of daily reports, the workbook /Reports/Summary exports: per employee owed, sent, on time, late, " +
            "missing (sheet Ringkasan) and outputs per target (sheet Keluaran).")
        {
            tenant, agency, month, output,
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
            var agencyCode = parse.GetValue(agency)!.Trim();
            if (!await cli.EnterAsync(parse.GetValue(tenant)!, ct) || await cli.AgencyAsync(agencyCode, ct) is not { } agencyId)
            {
                return CliRunner.InvalidInput;
            }
            var result = await scope.ServiceProvider.GetRequiredService<ReportSummaryQuery>().AgencyAsync(agencyId, $"{first:yyyy-MM}", ct);
            if (result.Value is not { } summaries)
            {
                foreach (var p in result.Problems)
                {
                    await console.Error.WriteLineAsync($"{Verb}: {p}");
                }
                return CliRunner.InvalidInput;
            }
            var path = parse.GetValue(output)!;
            if (!await CliOutput.WriteAsync(path, ReportSummaryWorkbook.Write(summaries, first, agencyCode).Content, console, Verb, ct))
            {
                return CliRunner.InvalidInput;
            }
            await console.Out.WriteLineAsync($"Written {path.FullName}: {summaries.Count} employee(s) of {agencyCode}, {first:yyyy-MM}.");
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command Remind(CliConsole console, Func<IHost> host)
    {
        const string Verb = "reports remind";
        var tenant = new Option<string>("--tenant") { Description = "The tenant's code", Required = true };
        var command = new Command("remind",
            "Sends the tenant's daily-report reminders due now, once, as the web host's job does every few minutes: today's report after the " +
            "reminder time, missing reports after their deadline; each reaches an employee at most once per date and kind. E-mails are " +
            "queued and sent by the web host.")
        {
            tenant,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var built = host();
            await using var scope = built.Services.CreateAsyncScope();
            if (!await CliDatabase.IsMigratedAsync(scope.ServiceProvider.GetRequiredService<SikerjaDbContext>(), Verb, ct))
            {
                return CliRunner.Failed;
            }
            var cli = new CliTenant(scope.ServiceProvider, console.Error, Verb);
            if (!await cli.EnterAsync(parse.GetValue(tenant)!, ct))
            {
                return CliRunner.InvalidInput;
            }
            var (due, missing) = await scope.ServiceProvider.GetRequiredService<ReportReminders>().SendAsync(ct);
            await console.Out.WriteLineAsync($"Reminded {due} employee(s) of today's report and {missing} of missing reports in tenant {cli.Code}.");
            return CliRunner.Ok;
        });
        return command;
    }
}
