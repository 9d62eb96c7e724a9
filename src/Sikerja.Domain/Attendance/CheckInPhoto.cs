namespace Sikerja.Domain.Attendance;

/// <summary>The live photo taken with a check-in where the tenant requires one; deleted after the retention period.</summary>
public sealed class CheckInPhoto : ITenantOwned
{
    public Guid CheckInId { get; set; }
    public Guid TenantId { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}
