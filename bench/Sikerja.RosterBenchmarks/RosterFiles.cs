using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.RosterBenchmarks;

/// <summary>Scenarios and rosters read and written with the domain's JSON format, as the command line does.</summary>
internal static class RosterFiles
{
    public static Scenario ReadScenario(FileInfo file)
    {
        using var stream = file.OpenRead();
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
        using var stream = File.Create(path);
        RosterJson.Write(roster, scenario, stream);
    }
}
