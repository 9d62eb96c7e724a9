using System.Text.Json;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>
/// The roster document of shared/spec/roster-scenario.md, written and read against its scenario as a stream:
/// a million employees over ten days (ten million assignments) are written in seconds and read in little
/// more memory than the assignments themselves.
/// </summary>
public static class RosterJson
{
    public static void Write(Roster roster, Scenario scenario, Stream utf8)
    {
        using var writer = new Utf8JsonWriter(utf8, JsonOutput.Compact);
        new RosterWriting(scenario).Write(writer, roster);
    }

    /// <summary>The roster, or every problem of form: malformed JSON, missing fields, wrong kinds, unknown
    /// modes and reasons, and employees, units or shifts that the scenario does not have. Whether the roster
    /// keeps the rules is <see cref="RosterChecker"/>'s question.</summary>
    public static ReadResult<Roster> Read(Stream utf8, Scenario scenario)
    {
        var input = new JsonInput(utf8);
        Roster? roster = null;
        try
        {
            var reader = input.Start();
            input.Next(ref reader);
            roster = new RosterReading(input, scenario).Read(ref reader);
            input.End(ref reader);
        }
        catch (JsonException e)
        {
            input.Malformed(e);
        }
        return ReadResult<Roster>.Of(roster!, input.Problems);
    }
}
