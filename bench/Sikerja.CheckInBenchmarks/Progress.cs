namespace Sikerja.CheckInBenchmarks;

internal static class Progress
{
    public static void Say(string line) => Console.Error.WriteLine($"checkin-bench: {line}");
}
