using System.Globalization;
using System.Text;

namespace Sikerja.Benchmarks;

/// <summary>The benchmark's result as Markdown, ready to paste into docs/benchmarks.md.</summary>
internal sealed class Report
{
    private readonly StringBuilder _text = new();

    public Report Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public Report Imports(IReadOnlyList<ImportFigure> figures, int repetitions)
    {
        Line($"## Import ({repetitions} runs, each into a fresh tenant; target: median preview < {ImportBenchmark.PreviewTarget.TotalSeconds:0} s, commit < {ImportBenchmark.CommitTarget.TotalSeconds:0} s)");
        Line();
        Line("| database | step | min | median | processor, median | target | result |");
        Line("|---|---|---:|---:|---:|---:|---|");
        foreach (var f in figures)
        {
            Line($"| {f.Database} | {f.Step} | {Seconds(f.Min)} | {Seconds(f.Median)} | {Seconds(f.MedianProcessor)} | {(f.Target is { } t ? "< " + Seconds(t) : "—")} | {Verdict(f.Passes)} |");
        }
        return Line();
    }

    public Report Pages(IReadOnlyList<PageFigure> figures, int requests)
    {
        Line($"## Pages ({requests} requests each after warm-up; target: server time p95 < {PageBenchmark.ServerTargetMs:0} ms and body < {PageBenchmark.BodyTargetBytes / 1000} KB)");
        Line();
        Line("| database | caller | request | server median | server p95 | server max | client median | body | gzip | result |");
        Line("|---|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var f in figures)
        {
            Line($"| {f.Database} | {f.Caller} | `{f.Request}` | {Ms(f.ServerMedian)} | {Ms(f.ServerP95)} | {Ms(f.ServerMax)} | {Ms(f.ClientMedian)} | {Kb(f.Bytes)} | {Kb(f.GzipBytes)} | {Verdict(f.Passes)} |");
        }
        return Line();
    }

    public override string ToString() => _text.ToString();

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture);

    private static string Ms(double ms) => ms.ToString("0.0 'ms'", CultureInfo.InvariantCulture);

    private static string Kb(int bytes) => (bytes / 1000.0).ToString("0.0 'KB'", CultureInfo.InvariantCulture);

    private static string Verdict(bool? passes) => passes switch { true => "PASS", false => "**FAIL**", null => "—" };
}
