using Sikerja.Domain;

namespace Sikerja.Data.Imports;

/// <summary>
/// An uploaded spreadsheet between preview and commit. The parsed rows are kept in the database, not in a
/// node's memory, so that the commit may land on any node.
/// </summary>
public sealed class ImportBatch : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string FileName { get; set; }

    /// <summary>The parsed rows as JSON.</summary>
    public required string Rows { get; set; }

    public int UnitRows { get; set; }
    public int EmployeeRows { get; set; }
    public int ProblemCount { get; set; }
    public ImportStatus Status { get; set; }
    public DateTime? CommittedAt { get; set; }
}

public enum ImportStatus
{
    Previewed,
    Committed,
}
