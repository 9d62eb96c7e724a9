namespace Sikerja.Cli;

internal static class CliOutput
{
    /// <summary>Writes the file, or says in one line why it cannot be written.</summary>
    public static async Task<bool> WriteAsync(FileInfo path, byte[] content, CliConsole console, string verb, CancellationToken ct)
    {
        try
        {
            await File.WriteAllBytesAsync(path.FullName, content, ct);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"{verb}: cannot write '{path.FullName}': {e.Message}");
            return false;
        }
    }
}
