using System.Text.Json;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>
/// The scenario document of shared/spec/roster-scenario.md. Reading finds every problem, of form (malformed
/// JSON, missing fields, wrong kinds, unknown names, bad dates) and of meaning (<see cref="ScenarioRules"/>),
/// each naming its JSON path; the spec's defaults apply to fields left out. Streams of any size are read in
/// a small buffer.
/// </summary>
public static class ScenarioJson
{
    public static ReadResult<Scenario> Read(Stream utf8)
    {
        var input = new JsonInput(utf8);
        Scenario? scenario = null;
        try
        {
            var reader = input.Start();
            input.Next(ref reader);
            scenario = ScenarioReading.Read(input, ref reader);
            input.End(ref reader);
        }
        catch (JsonException e)
        {
            input.Malformed(e);
        }
        if (scenario is not null)
        {
            var problems = ScenarioRules.Validate(scenario);
            // Without a list of units every reference to one would be a problem of its own.
            input.AddUnlessBroken(input.Problems.Exists(p => p.Where == "units") ? problems.Where(p => !IsUnitReference(p.Where)) : problems);
        }
        return ReadResult<Scenario>.Of(scenario!, input.Problems);
    }

    private static bool IsUnitReference(string where) =>
        where.EndsWith(".unit", StringComparison.Ordinal) || where.EndsWith(".headOf", StringComparison.Ordinal)
        || where.StartsWith("policy.exemptUnits[", StringComparison.Ordinal);

    public static void Write(Scenario scenario, Stream utf8)
    {
        using var writer = new Utf8JsonWriter(utf8, JsonOutput.Indented);
        ScenarioWriting.Write(writer, scenario);
    }
}
