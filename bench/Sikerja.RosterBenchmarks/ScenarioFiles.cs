using System.Diagnostics;
using System.Security.Cryptography;

namespace Sikerja.RosterBenchmarks;

/// <summary>
/// The benchmark's scenarios, made by shared/tools/gen_scenario.py (10 working days, seed 1) and kept in a
/// scratch folder between runs: a regency of a million employees takes the generator a while. The folder is
/// keyed by the generator's own hash, so a changed generator makes new files.
/// </summary>
internal sealed class ScenarioFiles(FileInfo generator, DirectoryInfo cache)
{
    public const int Days = 10;
    public const int Seed = 1;

    public string Command(string preset, int employees) =>
        $"python3 {generator.Name} --employees {employees} --preset {preset} --days {Days} --seed {Seed}";

    public async Task<FileInfo> GetAsync(string preset, int employees)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(generator.FullName)))[..12];
        var folder = Directory.CreateDirectory(Path.Combine(cache.FullName, $"gen-{hash}"));
        var file = new FileInfo(Path.Combine(folder.FullName, $"{preset}-{employees}-d{Days}-s{Seed}.json"));
        if (file.Exists)
        {
            return file;
        }
        Progress.Say($"generating {file.Name} with {generator.Name}");
        var partial = file.FullName + ".partial";
        using var process = Process.Start(new ProcessStartInfo("python3")
        {
            ArgumentList = { generator.FullName, "--employees", $"{employees}", "--preset", preset, "--days", $"{Days}", "--seed", $"{Seed}", "--out", partial },
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("python3 could not be started");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{generator.Name} failed ({process.ExitCode}): {errors.Trim()}");
        }
        File.Move(partial, file.FullName);
        file.Refresh();
        return file;
    }
}
