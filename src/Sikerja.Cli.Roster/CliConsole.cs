namespace Sikerja.Cli.Roster;

/// <summary>Where a verb writes: standard output as bytes (a roster can be a gigabyte) and as text, and
/// standard error. Tests give their own.</summary>
public sealed record CliConsole(Func<Stream> OpenOutput, TextWriter Out, TextWriter Error)
{
    public static CliConsole Standard { get; } = new(Console.OpenStandardOutput, Console.Out, Console.Error);
}
