namespace Sikerja.Domain.Calendar;

public sealed class Holiday : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
    public HolidayKind Kind { get; set; }
}
