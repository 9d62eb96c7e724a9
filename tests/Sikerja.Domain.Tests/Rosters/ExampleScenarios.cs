namespace Sikerja.Domain.Tests.Rosters;

/// <summary>The five scenarios of shared/scenarios, one per source circular, found from the repository.</summary>
internal static class ExampleScenarios
{
    public static IEnumerable<string> Files()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "shared", "scenarios")))
        {
            directory = directory.Parent;
        }
        if (directory is null)
        {
            throw new InvalidOperationException($"no shared/scenarios above {AppContext.BaseDirectory}");
        }
        return Directory.GetFiles(Path.Combine(directory.FullName, "shared", "scenarios"), "*.json").Order();
    }
}
