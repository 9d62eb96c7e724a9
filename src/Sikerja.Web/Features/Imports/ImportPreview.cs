using System.Text.Json;
using System.Text.Json.Serialization;
using Sikerja.Data.Imports;
using Sikerja.Domain.Imports;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// An import batch as its importer sees it: every problem (the file cannot be committed while there is one) or
/// else what committing it does. A committed batch shows the summary only right after its commit.
/// </summary>
public sealed record ImportPreview(
    Guid Id,
    string FileName,
    ImportStatus Status,
    DateTime CreatedAt,
    DateTime? CommittedAt,
    int UnitRows,
    int EmployeeRows,
    IReadOnlyList<ImportProblem> Problems,
    ImportSummary? Summary)
{
    public bool CanCommit => Status == ImportStatus.Previewed && Problems.Count == 0;

    public static ImportPreview Of(ImportBatch batch, ImportPlan? plan) => new(
        batch.Id, batch.FileName, batch.Status, batch.CreatedAt, batch.CommittedAt, batch.UnitRows, batch.EmployeeRows,
        plan?.Problems ?? [], plan is { CanCommit: true } ? plan.Summary : null);
}

/// <summary>The rows of a batch as stored in <see cref="ImportBatch.Rows"/>: absent columns stay absent (null).</summary>
public static class ImportBatchRows
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ImportedFile file) => JsonSerializer.Serialize(file, Options);

    public static ImportedFile Deserialize(string json) =>
        JsonSerializer.Deserialize<ImportedFile>(json, Options) ?? throw new InvalidDataException("An import batch holds no rows.");
}
