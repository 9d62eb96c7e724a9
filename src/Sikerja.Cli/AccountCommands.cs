using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Web.Features.Accounts;

namespace Sikerja.Cli;

internal static class AccountCommands
{
    public static Command CreateAdmin()
    {
        var userName = new Option<string>("--username") { Description = "The system admin's user name", Required = true };
        var password = new Option<string?>("--password") { Description = "The password; read from SIKERJA_ADMIN_PASSWORD when omitted" };
        var command = new Command("create-admin", "Creates a system admin (the first one on a fresh installation).") { userName, password };
        command.SetAction(async (parse, ct) =>
        {
            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("SIKERJA_ADMIN_PASSWORD");
            if (string.IsNullOrEmpty(secret))
            {
                await Console.Error.WriteLineAsync("create-admin: give --password or set SIKERJA_ADMIN_PASSWORD");
                return CliRunner.InvalidInput;
            }
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<SystemAdminSetup>().CreateAsync(parse.GetValue(userName)!, secret, ct);
            if (!result.IsDone)
            {
                foreach (var p in result.Problems)
                {
                    await Console.Error.WriteLineAsync($"create-admin: {p}");
                }
                return CliRunner.InvalidInput;
            }
            Console.WriteLine($"System admin '{result.Value!.UserName}' created.");
            return CliRunner.Ok;
        });
        return command;
    }
}
