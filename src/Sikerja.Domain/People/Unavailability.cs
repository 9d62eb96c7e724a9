namespace Sikerja.Domain.People;

/// <summary>
/// An employee cannot work from <see cref="From"/> to <see cref="To"/> (inclusive): sick, in quarantine or on
/// leave. Rosters plan them off on those days. Health data: shown only to the employee, the admins of their
/// agency and tenant admins.
/// </summary>
public sealed class Unavailability : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid EmployeeId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public UnavailabilityCause Cause { get; set; }
    public string? Note { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }

    public bool Covers(DateOnly date) => date >= From && date <= To;
}
