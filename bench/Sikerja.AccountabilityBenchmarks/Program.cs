using System.CommandLine;
using Sikerja.AccountabilityBenchmarks;
using Sikerja.Bench;

// The helpers of bench/accountability.sh; see docs/benchmarks.md, "Accountability (issue 5)".
var postgres = new Option<string>("--postgres") { Description = "Connection string of the benchmark database", Required = true };
var scenario = new Option<FileInfo>("--scenario") { Description = "Scenario file the tenant is made from (first run only)", Required = true };
var day = new Option<DateOnly>("--day") { Description = "The last day of the generated year (the benchmark day)", Required = true };
var code = new Option<string>("--tenant") { Description = "Tenant code", DefaultValueFactory = _ => "bench" };
var home = new Option<string>("--home-region") { Description = "The tenant's region code (trips elsewhere are out of the region)", DefaultValueFactory = _ => "64.02" };
var accounts = new Option<FileInfo>("--accounts") { Description = "File of the measured accounts (role, user name, name, facts; tab-separated)", Required = true };
var server = new Option<string>("--server") { Description = "Address of the running web host", Required = true };
var plan = new Option<FileInfo>("--plan") { Description = "Pages to time, one a line: name, role, path (tab-separated)", Required = true };
var requests = new Option<int>("--requests") { Description = "Timed requests per page, one after another", DefaultValueFactory = _ => 30 };
var warmup = new Option<int>("--warmup") { Description = "Untimed requests per page first", DefaultValueFactory = _ => 5 };

var prepare = new Command("prepare", "Makes the tenant, its year of data and the measured accounts once; writes the accounts file.")
{
    postgres, scenario, day, code, home, accounts,
};
prepare.SetAction(async (parse, ct) =>
{
    var connection = parse.GetValue(postgres)!;
    await using var services = BenchServices.Over(connection);
    var tenant = new BenchTenant(services, parse.GetValue(code)!);
    var tenantId = await tenant.EnsureAsync(parse.GetValue(scenario)!, ct);
    await YearOfData.EnsureAsync(connection, tenantId, await tenant.AdminIdAsync(ct), parse.GetValue(day), parse.GetValue(home)!, ct);
    var people = await tenant.EnsureAccountsAsync(tenantId, ct);
    await File.WriteAllLinesAsync(parse.GetValue(accounts)!.FullName,
        [.. people.Select(p => $"{p.Role}\t{p.UserName}\t{p.Name}\t{p.Facts}"), $"admin\t{tenant.AdminUserName}\tAdmin Pemda\ttenant admin"], ct);
    return 0;
});

var measure = new Command("measure", "Times the planned pages (server time from Server-Timing, body size); tab-separated lines on standard output.")
{
    server, accounts, plan, requests, warmup,
};
measure.SetAction(async (parse, ct) =>
{
    var users = (await File.ReadAllLinesAsync(parse.GetValue(accounts)!.FullName, ct)).Select(l => l.Split('\t')).Where(p => p.Length >= 2).ToDictionary(p => p[0], p => p[1]);
    var pages = (await File.ReadAllLinesAsync(parse.GetValue(plan)!.FullName, ct)).Select(l => l.Split('\t')).Where(p => p.Length == 3)
        .Select(p => new PagePlan(p[0], p[1], p[2])).ToList();
    return await PageTimings.RunAsync(new Uri(parse.GetValue(server)!), users, pages, parse.GetValue(requests), parse.GetValue(warmup), ct);
});

return await new RootCommand("Helpers of the accountability benchmark (bench/accountability.sh)") { prepare, measure }.Parse(args).InvokeAsync();
