using System.Globalization;
using System.Text;

namespace Sikerja.RosterBenchmarks;

/// <summary>The roster benchmark's result as Markdown, ready to paste into docs/benchmarks.md.</summary>
internal sealed class RosterReport
{
    private readonly StringBuilder _text = new();

    public RosterReport Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public RosterReport EndToEnd(IReadOnlyList<EndToEndFigure> figures, int repetitions)
    {
        if (figures.Count == 0)
        {
            return this;
        }
        Line($"#### `sikerja roster solve` end to end ({repetitions} runs each; target: median within the time, `roster check` clean, peak memory < {EndToEndBenchmark.PeakTargetKilobytes * 1024 / 1e9:0} GB)");
        Line();
        Line("| preset | employees | scenario | roster | min | median | max | processor, median | peak memory | `roster check` | target | result |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
        foreach (var f in figures)
        {
            Line($"| {f.Preset} | {f.Employees:N0} | {Megabytes(f.ScenarioBytes)} | {Megabytes(f.RosterBytes)} | {Seconds(f.Min)} | {Seconds(f.Median)} | {Seconds(f.Max)} | "
                + $"{Seconds(f.MedianProcessor)} | {Megabytes(f.PeakKilobytes * 1024)} | {(f.CheckClean ? "clean" : $"**exit {f.Check.ExitCode}, {f.CheckProblems} lines**")} | "
                + $"{(f.Target is { } t ? "≤ " + Seconds(t) : "—")} | {Verdict(f.Passes)} |");
        }
        return Line();
    }

    public RosterReport Starts(IReadOnlyList<StartFigure> figures)
    {
        Line("#### The floor: `sikerja --version` (process start and command-line set-up, nothing read or solved; 5 runs)");
        Line();
        Line("| build | median | processor, median | peak memory |");
        Line("|---|---:|---:|---:|");
        foreach (var f in figures)
        {
            Line($"| {f.Variant} | {Seconds(f.Median)} | {Seconds(f.MedianProcessor)} | {Megabytes(f.PeakKilobytes * 1024)} |");
        }
        return Line();
    }

    public RosterReport Variants(IReadOnlyList<EndToEndFigure> primary, IReadOnlyList<EndToEndFigure> others)
    {
        if (others.Count == 0)
        {
            return this;
        }
        Line("#### Two builds of the command line, same scenarios, same run (median end to end)");
        Line();
        Line($"| preset | employees | {primary[0].Variant} | {others[0].Variant} | ratio | `roster check` of the second |");
        Line("|---|---:|---:|---:|---:|---|");
        foreach (var o in others)
        {
            var p = primary.First(f => f.Preset == o.Preset && f.Employees == o.Employees);
            Line($"| {o.Preset} | {o.Employees:N0} | {Seconds(p.Median)} | {Seconds(o.Median)} | {o.Median / p.Median:0.00} | {(o.CheckClean ? "clean" : $"**exit {o.Check.ExitCode}**")} |");
        }
        return Line();
    }

    public RosterReport Breakdowns(IReadOnlyList<(EndToEndFigure EndToEnd, IReadOnlyList<BreakdownFigure> Steps)> figures)
    {
        if (figures.Count == 0)
        {
            return this;
        }
        Line("#### Where the time goes (the command line's calls timed inside one process, median of the runs)");
        Line();
        Line("| preset | employees | units | read scenario | solve | write roster | rest of the process (end to end − steps) | allocated: read / solve / write |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (e2e, steps) in figures)
        {
            var read = Median(steps.Select(s => s.Read));
            var solve = Median(steps.Select(s => s.Solve));
            var write = Median(steps.Select(s => s.Write));
            Line($"| {e2e.Preset} | {e2e.Employees:N0} | {steps[0].Units:N0} | {Seconds(read)} | {Seconds(solve)} | {Seconds(write)} | {Seconds(e2e.Median - read - solve - write)} | "
                + $"{Megabytes(steps[^1].ReadBytes)} / {Megabytes(steps[^1].SolveBytes)} / {Megabytes(steps[^1].WriteBytes)} |");
        }
        return Line();
    }

    public RosterReport CpSat(IReadOnlyList<CpSatFigure> figures, IReadOnlyList<(EndToEndFigure EndToEnd, IReadOnlyList<BreakdownFigure> Steps)> sikerja, CpSatBenchmark benchmark)
    {
        if (figures.Count == 0)
        {
            return this;
        }
        Line($"#### CP-SAT reference beside it (one model, {benchmark.Workers} workers, time limit {benchmark.TimeLimit.TotalSeconds:0} s)");
        Line();
        Line("CP-SAT time is building the model and solving it in this process (reading the scenario not included); "
            + "the ratios divide it by Sikerja's median end to end (process start and JSON included) and by Sikerja's solve alone.");
        Line();
        Line("| preset | employees | Booleans | constraints | status | objective | bound | gap (objective − bound) | CP-SAT time (build + solve) | processor time of the solve | Sikerja end to end | ratio | Sikerja solve alone | ratio | CP-SAT's roster, `roster check` |");
        Line("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var f in figures)
        {
            var (e2e, steps) = sikerja.First(s => s.EndToEnd.Preset == f.Preset && s.EndToEnd.Employees == f.Employees);
            var solve = Median(steps.Select(s => s.Solve));
            var o = f.Outcome;
            var gap = o.Objective is { } obj ? $"{obj - o.Bound:N0}" : "—";
            Line($"| {f.Preset} | {f.Employees:N0} | {o.Booleans:N0} | {o.Constraints:N0} | {o.Status} | {o.Objective?.ToString("N0", CultureInfo.InvariantCulture) ?? "none"} | {o.Bound:N0} | {gap} | "
                + $"{Seconds(o.Build)} + {Seconds(o.Solve)} | {Seconds(o.SolveProcessor)} | {Seconds(e2e.Median)} | {f.Elapsed / e2e.Median:N0} × | {Seconds(solve)} | {f.Elapsed / solve:N0} × | "
                + $"{(f.Check is null ? "no roster" : f.Check.ExitCode == 0 ? "clean" : $"exit {f.Check.ExitCode}, {f.CheckProblems:N0} broken rules")} |");
        }
        Line();
        Line("Both rosters scored by the CP-SAT objective, tier by tier (lower is better in every tier; in Capacity staffing the last tier is "
            + "maximised, so the objective counts those employees' home days):");
        Line();
        Line("| preset | employees | roster | shortfall (sum of required − available) | cap excess | priority-home office days | other solver-placed office days | objective |");
        Line("|---|---:|---|---:|---:|---:|---:|---:|");
        foreach (var f in figures)
        {
            if (f.Score is { } score)
            {
                Line(ScoreRow(f, "CP-SAT", score));
            }
            Line(ScoreRow(f, "Sikerja", f.SikerjaScore));
        }
        return Line();
    }

    public RosterReport Repairs(IReadOnlyList<RepairFigure> figures, int warmRuns)
    {
        if (figures.Count == 0)
        {
            return this;
        }
        Line($"#### Repair after one employee falls sick from the middle of the period (first call, then {warmRuns} warm calls; target: < {RepairBenchmark.Target.TotalMilliseconds:0} ms)");
        Line();
        Line("| preset | employees | sick employee (office days from then on) | from (remaining working days) | repair, first | repair, warm median (max) | assignments changed (the sick one's own) | full re-solve | assignments a re-solve changes on the remaining days | `roster check` | result |");
        Line("|---|---:|---|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var f in figures)
        {
            Line($"| {f.Preset} | {f.Employees:N0} | `{f.SickEmployee}` ({f.SickOfficeDays}) | {f.From:yyyy-MM-dd} ({f.RemainingDays}) | {Milliseconds(f.First)} | "
                + $"{Milliseconds(f.WarmMedian)} ({Milliseconds(f.WarmMax)}) | {f.Changes:N0} ({f.OwnChanges}) | {Seconds(f.Resolve)} | {f.ResolveDifferences:N0} | "
                + $"{(f.Check.ExitCode == 0 ? "clean" : $"**exit {f.Check.ExitCode}**")} | {(f.Passes ? "PASS" : "**FAIL**")} |");
        }
        return Line();
    }

    public override string ToString() => _text.ToString();

    private static string ScoreRow(CpSatFigure f, string who, RosterScore s) =>
        $"| {f.Preset} | {f.Employees:N0} | {who} | {s.Shortfall:N0} | {s.CapExcess:N0} | {s.PriorityOfficeDays:N0} | {s.RegularOfficeDays:N0} | {f.Weights.Of(s):N0} |";

    private static TimeSpan Median(IEnumerable<TimeSpan> values) => TimeSpan.FromSeconds(Statistics.Median([.. values.Select(v => v.TotalSeconds)]));

    public static string Seconds(TimeSpan t) => t.TotalSeconds < 10
        ? t.TotalSeconds.ToString("0.000 's'", CultureInfo.InvariantCulture)
        : t.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan t) => t.TotalMilliseconds.ToString("0.0 'ms'", CultureInfo.InvariantCulture);

    public static string Megabytes(long bytes) => (bytes / 1e6).ToString(bytes < 10e6 ? "0.0" : "#,##0", CultureInfo.InvariantCulture) + " MB";

    private static string Verdict(bool? passes) => passes switch { true => "PASS", false => "**FAIL**", null => "—" };
}
