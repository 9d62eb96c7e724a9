using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.RosterBenchmarks;

/// <summary>Scenarios and rosters read and written with the domain's JSON format, as the command line does
/// (the same calls, the same 1 MiB file buffers).</summary>
internal static class RosterFiles
{
    private const int BufferSize = 1 << 20;

    public static Scenario ReadScenario(FileInfo file)
    {
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        var read = ScenarioJson.Read(stream);
        return read.Value ?? throw new InvalidOperationException(
            $"{file.Name} is not a valid scenario: {string.Join("; ", read.Problems.Take(5))}{(read.Problems.Count > 5 ? " …" : "")}");
    }

    public static void WriteScenario(Scenario scenario, string path)
    {
        using var stream = File.Create(path);
        ScenarioJson.Write(scenario, stream);
    }

    public static void WriteRoster(Roster roster, Scenario scenario, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        RosterJson.Write(roster, scenario, stream);
    }
}
