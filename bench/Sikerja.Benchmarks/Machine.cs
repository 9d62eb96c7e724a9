using System.Globalization;
using System.Runtime.InteropServices;

namespace Sikerja.Benchmarks;

/// <summary>What the figures were measured on: they mean little without it.</summary>
internal static class Machine
{
    public static string Cpu =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        ?? RuntimeInformation.ProcessArchitecture.ToString();

    public static string Memory =>
        ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) is { } line
            ? $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024 / 1024.0:0.0} GiB"
            : "unknown";

    /// <summary>The 1-, 5- and 15-minute load averages.</summary>
    public static string LoadAverage =>
        ReadLines("/proc/loadavg").FirstOrDefault() is { } line ? string.Join(" ", line.Split(' ').Take(3)) : "unknown";

    public static IEnumerable<string> Describe(IEnumerable<string> databases) =>
    [
        $"- processors: {Environment.ProcessorCount} ({Cpu})",
        $"- memory: {Memory}",
        $"- OS: {RuntimeInformation.OSDescription}",
        $"- .NET: {RuntimeInformation.FrameworkDescription}",
        $"- databases: {string.Join(", ", databases)}",
    ];

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
