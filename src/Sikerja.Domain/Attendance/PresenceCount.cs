namespace Sikerja.Domain.Attendance;

/// <summary>What remains of an office's presence list of a day after the retention period: the counts only.</summary>
public sealed class PresenceCount : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid UnitId { get; set; }
    public DateOnly Date { get; set; }
    public int Employees { get; set; }
    public int Visitors { get; set; }
}
