namespace Sikerja.RosterBenchmarks;

/// <summary>
/// <c>sikerja roster solve SCENARIO --out ROSTER</c> as a user runs it, process start and JSON included, a few
/// times per scenario; then <c>sikerja roster check</c> on the roster it wrote, which must find nothing.
/// </summary>
internal sealed class EndToEndBenchmark(string cli, string variant, DirectoryInfo scratch, int repetitions)
{
    public static readonly IReadOnlyDictionary<int, TimeSpan> Targets = new Dictionary<int, TimeSpan>
    {
        [10_000] = TimeSpan.FromSeconds(0.5),
        [100_000] = TimeSpan.FromSeconds(5),
        [1_000_000] = TimeSpan.FromSeconds(60),
    };

    /// <summary>Peak memory allowed (the issue says 6 GB at a million employees; no size may need more).</summary>
    public const long PeakTargetKilobytes = 6_000_000_000 / 1024;

    /// <summary>The floor under every figure: <c>sikerja --version</c>, the same process start and command-line
    /// set-up with no file read and nothing solved.</summary>
    public async Task<StartFigure> StartAsync(int runs)
    {
        var starts = new List<CliRun>();
        for (var i = 0; i < runs; i++)
        {
            starts.Add(await CliRun.RunAsync(cli, ["--version"]));
        }
        Progress.Say($"sikerja --version ({variant}): {Statistics.Median([.. starts.Select(r => r.Elapsed.TotalSeconds)]):0.000} s");
        return new StartFigure(variant, starts);
    }

    public async Task<EndToEndFigure> RunAsync(string preset, int employees, FileInfo scenario)
    {
        var tag = new string([.. variant.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var roster = Path.Combine(scratch.FullName, $"{preset}-{employees}.sikerja-{tag}.roster.json");
        var runs = new List<CliRun>();
        for (var i = 0; i < repetitions; i++)
        {
            var run = await CliRun.RunAsync(cli, ["roster", "solve", scenario.FullName, "--out", roster]);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"roster solve {scenario.Name} exited with {run.ExitCode}: {run.Errors.Trim()}");
            }
            Progress.Say($"{preset} {employees:N0} ({variant}): solve {run.Elapsed.TotalSeconds:0.000} s, peak {run.PeakKilobytes / 1024:N0} MiB");
            runs.Add(run);
        }
        var check = await CliRun.RunAsync(cli, ["roster", "check", scenario.FullName, roster]);
        Progress.Say($"{preset} {employees:N0} ({variant}): check exit {check.ExitCode} in {check.Elapsed.TotalSeconds:0.000} s");
        return new EndToEndFigure(variant, preset, employees, scenario.Length, new FileInfo(roster).Length, runs, check,
            Targets.TryGetValue(employees, out var target) ? target : null);
    }
}

/// <summary>Runs of <c>sikerja --version</c> by one build of the command line.</summary>
internal sealed record StartFigure(string Variant, IReadOnlyList<CliRun> Runs)
{
    public TimeSpan Median => TimeSpan.FromSeconds(Statistics.Median([.. Runs.Select(r => r.Elapsed.TotalSeconds)]));

    public TimeSpan MedianProcessor => TimeSpan.FromSeconds(Statistics.Median([.. Runs.Select(r => r.Processor.TotalSeconds)]));

    public long PeakKilobytes => Runs.Max(r => r.PeakKilobytes);
}

/// <summary>The runs of one scenario by one build of the command line (<see cref="Variant"/>): elapsed time, peak memory and processor time per run, and the check.</summary>
internal sealed record EndToEndFigure(string Variant, string Preset, int Employees, long ScenarioBytes, long RosterBytes, IReadOnlyList<CliRun> Runs, CliRun Check, TimeSpan? Target)
{
    public TimeSpan Median => TimeSpan.FromSeconds(Statistics.Median([.. Runs.Select(r => r.Elapsed.TotalSeconds)]));

    public TimeSpan Min => Runs.Min(r => r.Elapsed);

    public TimeSpan Max => Runs.Max(r => r.Elapsed);

    public TimeSpan MedianProcessor => TimeSpan.FromSeconds(Statistics.Median([.. Runs.Select(r => r.Processor.TotalSeconds)]));

    public long PeakKilobytes => Runs.Max(r => r.PeakKilobytes);

    /// <summary>The problems `roster check` listed, one per line of its output before its closing line.</summary>
    public int CheckProblems => Math.Max(0, Check.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);

    public bool CheckClean => Check.ExitCode == 0;

    /// <summary>Null where the issue sets no target for this size.</summary>
    public bool? Passes => Target is { } t
        ? Median <= t && CheckClean && PeakKilobytes < EndToEndBenchmark.PeakTargetKilobytes
        : null;
}
