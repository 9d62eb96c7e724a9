namespace Sikerja.Domain.Reports;

/// <summary>
/// A superior who is away hands review of their team's daily reports to another official for a date range;
/// the superior may still review too.
/// </summary>
public sealed class ReviewDelegation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid DelegatorId { get; set; }
    public Guid DelegateId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly Until { get; set; }
    public required string Reason { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }

    /// <summary>Ended early by the superior; a revoked delegation no longer gives rights.</summary>
    public DateTime? RevokedAt { get; set; }
}
