using Microsoft.Extensions.DependencyInjection;
using Sikerja.Domain.Imports;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Benchmarks;

/// <summary>
/// Imports the regency workbook into fresh tenants, each step in its own scope with the tenant admin's rights
/// loaded as for a web request: preview, commit, then export and re-import the unchanged file (every row an
/// update that changes nothing). Returns the figures and the last tenant, left for the page benchmark.
/// </summary>
internal sealed class ImportBenchmark(BenchDatabase database, RegencyWorkbook workbook, string workbookPath, string folder, int repetitions)
{
    public static readonly TimeSpan PreviewTarget = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan CommitTarget = TimeSpan.FromSeconds(10);

    public async Task<(IReadOnlyList<ImportFigure> Figures, BenchTenant Tenant)> RunAsync()
    {
        var steps = new Dictionary<string, List<Timing>>();
        void Record(string step, Timing t) => (steps.TryGetValue(step, out var list) ? list : steps[step] = []).Add(t);
        BenchTenant? tenant = null;
        for (var run = 1; run <= repetitions; run++)
        {
            tenant = await BenchTenant.CreateAsync(database, $"bench{run}-{Guid.NewGuid():N}"[..14]);
            Progress.Say($"{database.Name}: import {run}/{repetitions} into tenant {tenant.Code}");

            var (preview, previewTime) = await Timing.OfAsync(() => PreviewAsync(tenant, workbookPath));
            Record("preview, new file", previewTime);
            var (committed, commitTime) = await Timing.OfAsync(() => CommitAsync(tenant, preview.Id));
            Record("commit, new file", commitTime);
            Expect(committed.Summary!.UnitsCreated == workbook.UnitCount && committed.Summary.EmployeesCreated == workbook.EmployeeCount,
                $"the commit created {committed.Summary.UnitsCreated} units and {committed.Summary.EmployeesCreated} employees");

            var (exported, exportTime) = await Timing.OfAsync(() => ExportAsync(tenant));
            Record("export", exportTime);
            var (again, repreviewTime) = await Timing.OfAsync(() => PreviewAsync(tenant, exported));
            Record("preview, re-exported file", repreviewTime);
            var (recommitted, recommitTime) = await Timing.OfAsync(() => CommitAsync(tenant, again.Id));
            Record("commit, re-exported file (every row unchanged)", recommitTime);
            Expect(recommitted.Summary!.UnitsUnchanged == workbook.UnitCount && recommitted.Summary.EmployeesUnchanged == workbook.EmployeeCount,
                $"the re-import changed {recommitted.Summary.UnitsUpdated} units and {recommitted.Summary.EmployeesUpdated} employees");
        }
        var figures = steps.Select(s => new ImportFigure(
            database.Name,
            s.Key,
            s.Value.Min(t => t.Elapsed),
            TimeSpan.FromSeconds(Statistics.Median([.. s.Value.Select(t => t.Elapsed.TotalSeconds)])),
            TimeSpan.FromSeconds(Statistics.Median([.. s.Value.Select(t => t.Processor.TotalSeconds)])),
            s.Key.StartsWith("preview", StringComparison.Ordinal) ? PreviewTarget : s.Key.StartsWith("commit", StringComparison.Ordinal) ? CommitTarget : null));
        return ([.. figures], tenant!);
    }

    private async Task<ImportPreview> PreviewAsync(BenchTenant tenant, string path)
    {
        await using var scope = await SignedInAsync(tenant);
        await using var content = File.OpenRead(path);
        var result = Done(await scope.ServiceProvider.GetRequiredService<ImportService>().PreviewAsync(Path.GetFileName(path), content, CancellationToken.None), "preview");
        Expect(result.Problems.Count == 0, $"the preview found problems: {string.Join("; ", result.Problems.Take(5))}");
        return result;
    }

    private async Task<ImportPreview> CommitAsync(BenchTenant tenant, Guid batch)
    {
        await using var scope = await SignedInAsync(tenant);
        return Done(await scope.ServiceProvider.GetRequiredService<ImportService>().CommitAsync(batch, CancellationToken.None), "commit");
    }

    private async Task<string> ExportAsync(BenchTenant tenant)
    {
        await using var scope = await SignedInAsync(tenant);
        var file = Done(await scope.ServiceProvider.GetRequiredService<OrganisationExport>().ExportAsync(ExportFormat.Xlsx, CancellationToken.None), "export");
        var path = Path.Combine(folder, file.FileName);
        await File.WriteAllBytesAsync(path, file.Content);
        return path;
    }

    /// <summary>A scope with the admin's rights loaded by <see cref="CurrentUserLoader"/>, as the web host does per request.</summary>
    private async Task<AsyncServiceScope> SignedInAsync(BenchTenant tenant)
    {
        var scope = database.NewScope();
        Expect(await scope.ServiceProvider.GetRequiredService<CurrentUserLoader>().LoadAsync(tenant.AdminId, CancellationToken.None), "the admin account did not load");
        return scope;
    }

    private static T Done<T>(CommandResult<T> result, string step) =>
        result.IsDone ? result.Value! : throw new InvalidOperationException($"{step}: {result.Status} {string.Join("; ", result.Problems.Take(5))}");

    private static void Expect(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure);
        }
    }
}

internal sealed record ImportFigure(string Database, string Step, TimeSpan Min, TimeSpan Median, TimeSpan MedianProcessor, TimeSpan? Target)
{
    public bool? Passes => Target is { } t ? Median < t : null;
}
