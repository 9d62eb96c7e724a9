namespace Sikerja.AccountabilityBenchmarks;

internal static class Progress
{
    public static void Say(string line) => Console.Error.WriteLine($"acct-bench: {line}");
}
