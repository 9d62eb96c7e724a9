using System.Diagnostics;

namespace Sikerja.Benchmarks;

/// <summary>Progress lines on standard error, so that standard output holds only the Markdown report.</summary>
internal static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Say(string message) => Console.Error.WriteLine($"[{Clock.Elapsed:mm\\:ss}] {message}");
}
