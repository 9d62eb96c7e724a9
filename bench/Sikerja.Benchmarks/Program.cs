using System.CommandLine;
using System.Globalization;
using Sikerja.Benchmarks;
using Sikerja.Data;

var employees = new Option<int>("--employees") { Description = "Employees in the generated workbook", DefaultValueFactory = _ => 10_000 };
var repetitions = new Option<int>("--repetitions") { Description = "Imports per database, each into a fresh tenant", DefaultValueFactory = _ => 3 };
var requests = new Option<int>("--requests") { Description = "Timed requests per page, after warm-up", DefaultValueFactory = _ => 50 };
var databases = new Option<string>("--databases") { Description = "sqlite, postgres or both (comma-separated)", DefaultValueFactory = _ => "sqlite,postgres" };
var postgres = new Option<string?>("--postgres") { Description = "Connection string of a PostgreSQL server where a database may be created (bench/run.sh starts one)" };
var web = new Option<FileInfo>("--web") { Description = "The built web host", DefaultValueFactory = _ => new FileInfo("src/Sikerja.Web/bin/Release/net10.0/Sikerja.Web.dll") };

var root = new RootCommand("Sikerja's speed benchmarks: import of a regency-sized workbook, organisation and people pages. Prints a Markdown report.")
{
    employees, repetitions, requests, databases, postgres, web,
};
root.SetAction(async parse =>
{
    var providers = parse.GetValue(databases)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            _ => throw new ArgumentException($"--databases: unknown database '{d}' (sqlite, postgres)"),
        }).Distinct().ToList();
    if (parse.GetValue(repetitions) < 1 || parse.GetValue(requests) < 1)
    {
        throw new ArgumentException("--repetitions and --requests must be at least 1");
    }
    var webDll = parse.GetValue(web)!;
    if (!webDll.Exists)
    {
        throw new ArgumentException($"--web: {webDll.FullName} not found; build it with `dotnet build src/Sikerja.Web -c Release`");
    }
    var loadAtStart = Machine.LoadAverage;
    var started = DateTime.UtcNow;
    var folder = Directory.CreateTempSubdirectory("sikerja-bench-").FullName;
    try
    {
        var workbook = RegencyWorkbook.Generate(parse.GetValue(employees));
        var path = workbook.Save(folder);
        Progress.Say($"workbook: {workbook.EmployeeCount} employees, {workbook.UnitCount} units, {new FileInfo(path).Length / 1024} KiB");
        var imports = new List<ImportFigure>();
        var pages = new List<PageFigure>();
        var versions = new List<string>();
        foreach (var provider in providers)
        {
            await using var database = await BenchDatabase.CreateAsync(provider, parse.GetValue(postgres));
            versions.Add(await database.ServerVersionAsync());
            var (figures, tenant) = await new ImportBenchmark(database, workbook, path, folder, parse.GetValue(repetitions)).RunAsync();
            imports.AddRange(figures);
            pages.AddRange(await new PageBenchmark(database, tenant, workbook, webDll.FullName, parse.GetValue(requests)).RunAsync());
        }
        var report = new Report()
            .Line("# Sikerja benchmarks")
            .Line()
            .Line(string.Create(CultureInfo.InvariantCulture,
                $"Run of {started:yyyy-MM-dd HH:mm} UTC, {(DateTime.UtcNow - started).TotalMinutes:0.0} min. Workbook: {workbook.EmployeeCount:N0} employees in {workbook.UnitCount} units "
                + $"({new FileInfo(path).Length / 1024:N0} KiB);\nlargest agency `{workbook.LargestAgencyCode}` with {workbook.LargestAgencyEmployees:N0} employees; "
                + $"search term `{workbook.CommonNameFragment}` ({workbook.CommonNameMatches:N0} active employees match)."))
            .Line()
            .Line($"Command: `bench/run.sh --employees {parse.GetValue(employees)} --repetitions {parse.GetValue(repetitions)} --requests {parse.GetValue(requests)} "
                + $"--databases {string.Join(',', providers).ToLowerInvariant()}`")
            .Line()
            .Line("Machine:")
            .Line();
        foreach (var line in Machine.Describe(versions))
        {
            report.Line(line);
        }
        report.Line($"- load average (1, 5, 15 min): {loadAtStart} at start, {Machine.LoadAverage} at end")
            .Line()
            .Imports(imports, parse.GetValue(repetitions))
            .Pages(pages, parse.GetValue(requests));
        Console.Write(report.ToString());
        return imports.All(f => f.Passes != false) && pages.All(f => f.Passes) ? 0 : 3;
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
});
return await root.Parse(args).InvokeAsync();
