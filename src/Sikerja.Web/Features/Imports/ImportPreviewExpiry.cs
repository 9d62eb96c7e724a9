using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Imports;
using Sikerja.Web.Hosting.Jobs;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// Deletes spreadsheet previews nobody committed within a day, in every tenant: their parsed rows may hold
/// personal data and are of no use once the admin has walked away.
/// </summary>
public sealed partial class ImportPreviewExpiry(SikerjaDbContext db, TimeProvider time, ILogger<ImportPreviewExpiry> log) : IBackgroundJob
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    public static string Name => "import-preview-expiry";

    public static TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken ct)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - KeptFor;
        var deleted = await db.ImportBatches
            .IgnoreQueryFilters()
            .Where(b => b.Status == ImportStatus.Previewed && b.CreatedAt < cutoff)
            .ExecuteDeleteAsync(ct);
        LogDeleted(log, deleted, cutoff);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} import previews created before {Cutoff:o}")]
    private static partial void LogDeleted(ILogger logger, int count, DateTime cutoff);
}
