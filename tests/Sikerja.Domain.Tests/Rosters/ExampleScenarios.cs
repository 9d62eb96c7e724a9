namespace Sikerja.Domain.Tests.Rosters;

/// <summary>The five scenarios of tests/scenarios (copies of shared/scenarios), one per source circular.</summary>
internal static class ExampleScenarios
{
    public static IEnumerable<string> Files() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "scenarios"), "*.json").Order();
}
