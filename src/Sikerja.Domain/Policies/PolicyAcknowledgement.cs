namespace Sikerja.Domain.Policies;

/// <summary>
/// A published circular sent to one employee it covers, and when they said they had read it. The agency is the
/// employee's top-level unit when it was sent, so that the counts per agency do not shift when people move.
/// </summary>
public sealed class PolicyAcknowledgement : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid PolicyId { get; set; }
    public Guid EmployeeId { get; set; }
    public Guid AgencyId { get; set; }
    public DateTime SentAt { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public DateTime? LastRemindedAt { get; set; }
}
