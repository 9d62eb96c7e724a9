using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Features.Tenants;

namespace Sikerja.Cli;

internal static class TenantCommands
{
    private static readonly Dictionary<string, TenantKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["regency"] = TenantKind.Regency, ["kabupaten"] = TenantKind.Regency,
        ["city"] = TenantKind.City, ["kota"] = TenantKind.City,
        ["province"] = TenantKind.Province, ["provinsi"] = TenantKind.Province,
    };

    private static readonly Dictionary<string, string> ZoneAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WIB"] = IndonesianTimeZones.Wib, ["WITA"] = IndonesianTimeZones.Wita, ["WIT"] = IndonesianTimeZones.Wit,
    };

    public static Command Tenant() => new("tenant", "Manages tenants (regional governments).") { Create() };

    private static Command Create()
    {
        var code = new Option<string>("--code") { Description = "Short URL-safe code, unique in the installation (e.g. kebumen)", Required = true };
        var name = new Option<string>("--name") { Description = "Name, e.g. \"Pemerintah Kabupaten Kebumen\"", Required = true };
        var kind = new Option<string>("--kind") { Description = "Regency, City or Province (kabupaten, kota, provinsi)", Required = true };
        var zone = new Option<string>("--time-zone")
        {
            Description = $"{string.Join(", ", IndonesianTimeZones.All)} (or WIB, WITA, WIT)",
            Required = true,
        };
        var days = new Option<string>("--work-days") { Description = "Working days, e.g. Mon,Tue,Wed,Thu,Fri (the default)", DefaultValueFactory = _ => "" };
        var command = new Command("create", "Creates a tenant with the shipped national holidays and collective leave.") { code, name, kind, zone, days };
        command.SetAction(async (parse, ct) =>
        {
            var kindText = parse.GetValue(kind)!;
            if (!Kinds.TryGetValue(kindText, out var tenantKind))
            {
                await Console.Error.WriteLineAsync($"tenant create: --kind '{kindText}' is not Regency, City or Province");
                return CliRunner.InvalidInput;
            }
            var dayText = parse.GetValue(days) ?? "";
            var dayNames = dayText.Length == 0 ? WorkWeek.MondayToFriday.ScenarioDayNames() : dayText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (!TenantRules.TryParseWorkDays(dayNames, out var week, out var dayProblem))
            {
                await Console.Error.WriteLineAsync($"tenant create: {dayProblem}");
                return CliRunner.InvalidInput;
            }
            var zoneText = parse.GetValue(zone)!;
            var input = new TenantInput(parse.GetValue(code)!, parse.GetValue(name)!, tenantKind, ZoneAbbreviations.GetValueOrDefault(zoneText, zoneText), week);

            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
            if (!await CliDatabase.IsMigratedAsync(db, "tenant create", ct))
            {
                return CliRunner.Failed;
            }
            var result = await scope.ServiceProvider.GetRequiredService<TenantSetup>().CreateAsync(input, ct);
            if (result.Value is not { } tenant)
            {
                foreach (var p in result.Problems)
                {
                    await Console.Error.WriteLineAsync($"tenant create: {p}");
                }
                return CliRunner.InvalidInput;
            }
            Console.WriteLine($"Tenant '{tenant.Code}' created: {tenant.Name}, {tenant.TimeZoneId} ({IndonesianTimeZones.Abbreviation(tenant.TimeZoneId)}), " +
                $"works {string.Join(",", tenant.WorkWeek.ScenarioDayNames())}, with the national holidays and collective leave. " +
                "A system admin gives it its first tenant admin on the Tenants page.");
            return CliRunner.Ok;
        });
        return command;
    }
}
