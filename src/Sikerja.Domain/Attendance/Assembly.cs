namespace Sikerja.Domain.Attendance;

/// <summary>
/// A morning assembly (apel pagi) scheduled by the tenant (<see cref="UnitId"/> null) or an agency: online by a
/// link or at a place, at a time, for the employees of a unit's subtree (the whole tenant when null).
/// </summary>
public sealed class Assembly : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid? UnitId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartsAt { get; set; }
    public required string Title { get; set; }
    public string? OnlineLink { get; set; }
    public string? Place { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
}
