using System.Diagnostics;
using System.Globalization;

namespace Sikerja.RosterBenchmarks;

/// <summary>
/// One run of the published command line, as a user runs it: a new process under /usr/bin/time, which reports
/// the process's peak resident memory and processor time. The elapsed time is measured here, from starting
/// the process to its exit.
/// </summary>
internal sealed record CliRun(int ExitCode, TimeSpan Elapsed, long PeakKilobytes, TimeSpan Processor, string Output, string Errors)
{
    public static async Task<CliRun> RunAsync(string executable, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var measures = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("/usr/bin/time")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in (string[])["-f", "%M %U %S", "-o", measures, executable, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("/usr/bin/time could not be started");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            clock.Stop();
            // /usr/bin/time writes "Command exited with non-zero status N" before the figures when the command fails.
            var figures = (await File.ReadAllLinesAsync(measures)).Last(l => l.Length > 0).Split(' ');
            return new CliRun(
                process.ExitCode,
                clock.Elapsed,
                long.Parse(figures[0], CultureInfo.InvariantCulture),
                TimeSpan.FromSeconds(double.Parse(figures[1], CultureInfo.InvariantCulture) + double.Parse(figures[2], CultureInfo.InvariantCulture)),
                await output,
                await errors);
        }
        finally
        {
            File.Delete(measures);
        }
    }
}
