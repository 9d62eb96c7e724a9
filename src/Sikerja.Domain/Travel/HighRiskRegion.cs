namespace Sikerja.Domain.Travel;

/// <summary>A region the tenant marks as high-risk (a red zone) for a date range: approvers are warned.</summary>
public sealed class HighRiskRegion : ITenantOwned
{
    public const int MaxNoteLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }

    /// <summary>A province code marks all its regencies and cities.</summary>
    public required string RegionCode { get; set; }

    public DateOnly From { get; set; }
    public DateOnly Until { get; set; }
    public string? Note { get; set; }
}
