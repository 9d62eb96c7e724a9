using System.Diagnostics;

namespace Sikerja.Benchmarks;

/// <summary>Elapsed time of one step, and the processor time this process used meanwhile (the machine is shared).</summary>
internal readonly record struct Timing(TimeSpan Elapsed, TimeSpan Processor)
{
    public static async Task<(T Result, Timing Timing)> OfAsync<T>(Func<Task<T>> step)
    {
        using var process = Process.GetCurrentProcess();
        var processor = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await step();
        clock.Stop();
        process.Refresh();
        return (result, new Timing(clock.Elapsed, process.TotalProcessorTime - processor));
    }
}

/// <summary>Order statistics of a sample (nearest rank).</summary>
internal static class Statistics
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double Percentile(IReadOnlyList<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
