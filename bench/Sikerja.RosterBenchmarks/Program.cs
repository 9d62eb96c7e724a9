using System.CommandLine;
using System.Globalization;
using Sikerja.RosterBenchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var cli = new Option<FileInfo>("--cli") { Description = "The published `sikerja` executable (bench/roster.sh publishes it)" };
var cliNote = new Option<string>("--cli-note") { Description = "How the executable was built, for the report", DefaultValueFactory = _ => "published" };
var compareCli = new Option<FileInfo?>("--compare-cli") { Description = "Another build of `sikerja` (e.g. ReadyToRun) timed beside the first at sizes up to --compare-up-to" };
var compareNote = new Option<string>("--compare-note") { Description = "How the other executable was built", DefaultValueFactory = _ => "other build" };
var compareUpTo = new Option<int>("--compare-up-to") { Description = "Largest scenario timed with --compare-cli", DefaultValueFactory = _ => 100_000 };
var sizes = new Option<string>("--sizes") { Description = "Employees per scenario for `roster solve`, comma-separated", DefaultValueFactory = _ => "10000,100000,1000000" };
var presets = new Option<string>("--presets") { Description = "gen_scenario.py presets, comma-separated", DefaultValueFactory = _ => "kebumen,kukar" };
var repetitions = new Option<int>("--repetitions") { Description = "Runs of `roster solve` per scenario", DefaultValueFactory = _ => 3 };
var cpsatSizes = new Option<string>("--cpsat-sizes") { Description = "Employees per scenario for the CP-SAT reference, comma-separated (empty: none)", DefaultValueFactory = _ => "1000,10000" };
var timeLimit = new Option<double>("--time-limit") { Description = "CP-SAT's time limit in seconds", DefaultValueFactory = _ => 120 };
var workers = new Option<int>("--workers") { Description = "CP-SAT's workers", DefaultValueFactory = _ => 2 };
var repairEmployees = new Option<int>("--repair-employees") { Description = "Employees of the tenant where one falls sick (0: no repair benchmark)", DefaultValueFactory = _ => 10_000 };
var repairRuns = new Option<int>("--repair-runs") { Description = "Warm repairs timed after the first", DefaultValueFactory = _ => 20 };
var generator = new Option<FileInfo>("--generator") { Description = "gen_scenario.py", DefaultValueFactory = _ => new FileInfo("../shared/tools/gen_scenario.py") };
var scratch = new Option<DirectoryInfo>("--scratch") { Description = "Where generated scenarios are kept between runs and rosters are written", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Path.GetTempPath(), "sikerja-roster-bench")) };

var root = new RootCommand("Sikerja's roster benchmark (issue 3): `roster solve` end to end on generated regencies, the CP-SAT reference beside it, repair after a sick day. Prints a Markdown report.")
{
    cli, cliNote, compareCli, compareNote, compareUpTo, sizes, presets, repetitions, cpsatSizes, timeLimit, workers, repairEmployees, repairRuns, generator, scratch,
};
root.Subcommands.Add(ReferenceCommand.Create(timeLimit, workers));
root.SetAction(async parse =>
{
    static int[] Numbers(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
    var executable = parse.GetValue(cli) ?? throw new ArgumentException("--cli: the published `sikerja` executable is required");
    if (!executable.Exists)
    {
        throw new ArgumentException($"--cli: {executable.FullName} not found; bench/roster.sh publishes it");
    }
    var gen = parse.GetValue(generator)!;
    if (!gen.Exists)
    {
        throw new ArgumentException($"--generator: {gen.FullName} not found");
    }
    var runs = parse.GetValue(repetitions);
    if (runs < 1 || parse.GetValue(workers) < 1 || parse.GetValue(timeLimit) <= 0)
    {
        throw new ArgumentException("--repetitions and --workers must be at least 1, --time-limit positive");
    }
    var solveSizes = Numbers(parse.GetValue(sizes)!);
    var referenceSizes = Numbers(parse.GetValue(cpsatSizes)!);
    var presetNames = parse.GetValue(presets)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    var folder = Directory.CreateDirectory(parse.GetValue(scratch)!.FullName);
    var rosters = Directory.CreateDirectory(Path.Combine(folder.FullName, "rosters"));
    var files = new ScenarioFiles(gen, Directory.CreateDirectory(Path.Combine(folder.FullName, "scenarios")));

    var loadAtStart = Machine.LoadAverage;
    var started = DateTime.UtcNow;
    var endToEnd = new EndToEndBenchmark(executable.FullName, parse.GetValue(cliNote)!, rosters, runs);
    var other = parse.GetValue(compareCli) is { } otherExecutable
        ? new EndToEndBenchmark(otherExecutable.Exists ? otherExecutable.FullName : throw new ArgumentException($"--compare-cli: {otherExecutable.FullName} not found"),
            parse.GetValue(compareNote)!, rosters, runs)
        : null;
    var compared = new List<EndToEndFigure>();
    var starts = new List<StartFigure> { await endToEnd.StartAsync(5) };
    if (other is not null)
    {
        starts.Add(await other.StartAsync(5));
    }
    var cpsat = new CpSatBenchmark(executable.FullName, rosters, TimeSpan.FromSeconds(parse.GetValue(timeLimit)), parse.GetValue(workers));
    var solved = new List<EndToEndFigure>();
    var breakdowns = new List<(EndToEndFigure, IReadOnlyList<BreakdownFigure>)>();
    var references = new List<CpSatFigure>();
    var repairs = new List<RepairFigure>();
    var repair = new RepairBenchmark(executable.FullName, rosters, parse.GetValue(repairRuns));
    foreach (var preset in presetNames)
    {
        foreach (var employees in solveSizes.Union(referenceSizes).Order())
        {
            var scenario = await files.GetAsync(preset, employees);
            var figure = await endToEnd.RunAsync(preset, employees, scenario);
            solved.Add(figure);
            if (other is not null && employees <= parse.GetValue(compareUpTo))
            {
                compared.Add(await other.RunAsync(preset, employees, scenario));
            }
            var steps = Enumerable.Range(0, runs)
                .Select(_ => Breakdown.Measure(scenario, Path.Combine(rosters.FullName, $"{preset}-{employees}.in-process.roster.json")))
                .ToList();
            Progress.Say($"{preset} {employees:N0}: in process read {steps[^1].Read.TotalSeconds:0.000} s, solve {steps[^1].Solve.TotalSeconds:0.000} s, write {steps[^1].Write.TotalSeconds:0.000} s");
            breakdowns.Add((figure, steps));
        }
        foreach (var employees in referenceSizes)
        {
            references.Add(await cpsat.RunAsync(preset, employees, await files.GetAsync(preset, employees)));
        }
        if (parse.GetValue(repairEmployees) is var tenant and > 0)
        {
            repairs.Add(await repair.RunAsync(preset, tenant, await files.GetAsync(preset, tenant)));
        }
    }

    var report = new RosterReport()
        .Line(string.Create(CultureInfo.InvariantCulture, $"Run of {started:yyyy-MM-dd HH:mm} UTC, {(DateTime.UtcNow - started).TotalMinutes:0.0} min."))
        .Line()
        .Line($"Command: `bench/roster.sh --sizes {string.Join(',', solveSizes)} --presets {string.Join(',', presetNames)} --repetitions {runs} "
            + $"--cpsat-sizes {string.Join(',', referenceSizes)} --time-limit {parse.GetValue(timeLimit)} --workers {parse.GetValue(workers)} "
            + $"--repair-employees {parse.GetValue(repairEmployees)} --repair-runs {parse.GetValue(repairRuns)} --generator {gen.FullName}`; "
            + $"scenarios: `{files.Command("PRESET", 0).Replace("--employees 0", "--employees N", StringComparison.Ordinal)}`.")
        .Line()
        .Line("Machine:")
        .Line()
        .Line($"- processors: {Environment.ProcessorCount} ({Machine.Cpu})")
        .Line($"- memory: {Machine.Memory}")
        .Line($"- OS: {System.Runtime.InteropServices.RuntimeInformation.OSDescription}")
        .Line($"- .NET: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}")
        .Line($"- `sikerja`: {parse.GetValue(cliNote)}{(other is null ? "" : $"; compared with {parse.GetValue(compareNote)}")}")
        .Line($"- load average (1, 5, 15 min): {loadAtStart} at start, {Machine.LoadAverage} at end")
        .Line()
        .EndToEnd(solved, runs)
        .Starts(starts)
        .Variants(solved, compared)
        .Breakdowns(breakdowns)
        .CpSat(references, breakdowns, cpsat)
        .Repairs(repairs, parse.GetValue(repairRuns));
    Console.Write(report.ToString());
    return solved.All(f => f.Passes != false) && repairs.All(f => f.Passes) ? 0 : 3;
});
return await root.Parse(args).InvokeAsync();
