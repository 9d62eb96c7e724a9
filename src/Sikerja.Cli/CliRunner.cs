using System.CommandLine;

namespace Sikerja.Cli;

/// <summary>Runs a command so that a failure is one clear line and an exit code, never a stack trace.</summary>
internal static class CliRunner
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int InvalidInput = 2;

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        try
        {
            return await root.Parse(args).InvokeAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"sikerja: {e.GetBaseException().Message}");
            return Failed;
        }
    }
}
