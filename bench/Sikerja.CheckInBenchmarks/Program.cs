using System.CommandLine;
using Sikerja.Bench;
using Sikerja.CheckInBenchmarks;

// The helpers of bench/checkin.sh; see docs/benchmarks.md, "Check-ins (issue 4)".
var postgres = new Option<string>("--postgres") { Description = "Connection string of the benchmark database", Required = true };
var server = new Option<string>("--server") { Description = "Address of the running web host", Required = true };
var day = new Option<DateOnly>("--day") { Description = "The benchmark day (today in the tenant's zone)", Required = true };
var accounts = new Option<int>("--accounts") { Description = "Number of employee accounts", DefaultValueFactory = _ => 2000 };
var code = new Option<string>("--tenant") { Description = "Tenant code", DefaultValueFactory = _ => "bench" };
var scenario = new Option<FileInfo>("--scenario") { Description = "Scenario file the tenant is made from (first run only)", Required = true };
var users = new Option<FileInfo>("--users") { Description = "File of the accounts' user names, one a line", Required = true };
var tokens = new Option<FileInfo>("--tokens") { Description = "Token file (user name, tab, token), kept between runs", Required = true };
var logs = new Option<DirectoryInfo>("--logs") { Description = "Folder of a wrk run's sent-*.tsv files", Required = true };
var parallel = new Option<int>("--parallel") { Description = "Requests at a time", DefaultValueFactory = _ => 8 };

var prepare = new Command("prepare", "Makes the tenant once (scenario, admin, accounts) and publishes the roster of the day; writes the user names.")
{
    postgres, scenario, day, accounts, code, users,
};
prepare.SetAction(async (parse, ct) =>
{
    await using var services = BenchServices.Over(parse.GetValue(postgres)!);
    var tenant = new BenchTenant(services, parse.GetValue(code)!);
    var tenantId = await tenant.EnsureAsync(parse.GetValue(scenario)!, ct);
    await tenant.EnsureRosterAsync(tenantId, parse.GetValue(day), ct);
    var names = await tenant.EnsureAccountsAsync(tenantId, parse.GetValue(day), parse.GetValue(accounts), ct);
    await File.WriteAllLinesAsync(parse.GetValue(users)!.FullName, names, ct);
    return 0;
});

var signIn = new Command("tokens", "Signs every account in through the API (in parallel), unless the token file is still good.")
{
    server, users, tokens, parallel,
};
signIn.SetAction(async (parse, ct) =>
{
    var names = await File.ReadAllLinesAsync(parse.GetValue(users)!.FullName, ct);
    await Tokens.EnsureAsync(new Uri(parse.GetValue(server)!), names, BenchTenant.Password, parse.GetValue(tokens)!, parse.GetValue(parallel), ct);
    return 0;
});

var replay = new Command("replay", "Sends every check-in of a wrk run again, with the same client ids.") { server, tokens, logs, parallel };
replay.SetAction((parse, ct) => Replay.RunAsync(new Uri(parse.GetValue(server)!), parse.GetValue(tokens)!, parse.GetValue(logs)!, parse.GetValue(parallel), ct));

return await new RootCommand("Helpers of the check-in benchmark (bench/checkin.sh)") { prepare, signIn, replay }.Parse(args).InvokeAsync();
