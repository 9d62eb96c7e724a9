namespace Sikerja.Domain.Travel;

/// <summary>One trip on a signed-off recap, as it stood at sign-off.</summary>
public sealed class TravelRecapLine : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid RecapId { get; set; }
    public Guid PermitId { get; set; }
    public required string EmployeeName { get; set; }
    public required string Nip { get; set; }
    public string? PositionTitle { get; set; }
    public TravelCategory Category { get; set; }
    public TravelPurpose Purpose { get; set; }
    public PermitStatus PermitStatus { get; set; }
    public required string DestinationName { get; set; }
    public DateOnly LeavesOn { get; set; }
    public DateOnly ReturnsOn { get; set; }
}
