namespace Sikerja.Data.Audit;

/// <summary>One recorded change: who, when (UTC), what, before and after. Written once, never edited.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? TenantId { get; set; }
    public DateTime At { get; set; }
    public Guid? ActorUserId { get; set; }
    public required string ActorName { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>The changed fields before the change, as JSON; null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>The changed fields after the change, as JSON; null for a deletion.</summary>
    public string? After { get; set; }
}
