using System.Text.Json;
using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>
/// The <c>policy</c> object of shared/spec/roster-scenario.md on its own, as circulars are imported and exported.
/// Problems name paths relative to the policy (<c>shifts[1].end</c>). Unit ids in <c>exemptUnits</c> are not
/// checked here: only a scenario has the units.
/// </summary>
public static class PolicyJson
{
    public static ReadResult<PolicyRules> Read(Stream utf8)
    {
        var input = new JsonInput(utf8);
        PolicyRules? policy = null;
        try
        {
            var reader = input.Start();
            input.Next(ref reader);
            policy = PolicyReading.Read(input, ref reader);
            input.End(ref reader);
        }
        catch (JsonException e)
        {
            input.Malformed(e);
        }
        if (policy is not null)
        {
            input.AddUnlessBroken(PolicyValidation.Validate(policy));
        }
        return ReadResult<PolicyRules>.Of(policy!, input.Problems);
    }

    public static void Write(PolicyRules policy, Stream utf8)
    {
        using var writer = new Utf8JsonWriter(utf8, JsonOutput.Indented);
        PolicyWriting.Write(writer, policy);
    }
}
