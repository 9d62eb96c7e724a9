using System.CommandLine;

namespace Sikerja.Cli.Roster;

/// <summary>Runs a command so that a failure is one clear line and an exit code, never a stack trace.</summary>
public static class CliRunner
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int InvalidInput = 2;

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        try
        {
            // Without System.CommandLine's own handler, which would print the stack trace.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"sikerja: {e.GetBaseException().Message}");
            return Failed;
        }
    }
}
