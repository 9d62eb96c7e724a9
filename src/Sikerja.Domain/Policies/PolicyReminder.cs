namespace Sikerja.Domain.Policies;

/// <summary>A reminder sent to those who had not yet acknowledged a circular: of one agency, or of all when
/// <see cref="AgencyId"/> is null.</summary>
public sealed class PolicyReminder : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid PolicyId { get; set; }
    public Guid? AgencyId { get; set; }
    public int Recipients { get; set; }
    public DateTime SentAt { get; set; }
    public Guid? SentBy { get; set; }
}
