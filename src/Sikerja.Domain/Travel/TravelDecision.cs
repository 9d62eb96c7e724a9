namespace Sikerja.Domain.Travel;

/// <summary>One decision on a travel permit at one step of its chain: who, when, what, and why.</summary>
public sealed class TravelDecision : ITenantOwned
{
    public const int MaxCommentLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid PermitId { get; set; }

    /// <summary>The index in the permit's chain.</summary>
    public int StepIndex { get; set; }

    public ApprovalStep Step { get; set; }
    public bool Approved { get; set; }
    public string? Comment { get; set; }

    /// <summary>The user who decided, and the employee behind the account when there is one.</summary>
    public Guid DecidedByUser { get; set; }

    public Guid? DecidedByEmployee { get; set; }
    public DateTime DecidedAt { get; set; }
}
