namespace Sikerja.Domain.People;

public sealed class Employee : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }

    /// <summary>The NIP for PNS, the NI PPPK for PPPK, or the id the agency gives non-ASN staff; unique in the tenant.</summary>
    public required string Nip { get; set; }

    public required string Name { get; set; }
    public Employment Employment { get; set; }
    public PositionLevel Level { get; set; }
    public string? Title { get; set; }
    public Guid UnitId { get; set; }

    /// <summary>The direct superior in force: <see cref="SupervisorOverride"/> or, without one, the head of the nearest unit above.</summary>
    public Guid? SupervisorId { get; set; }

    /// <summary>A direct superior set by hand, overriding the default from the unit tree.</summary>
    public Guid? SupervisorOverride { get; set; }

    public string? Phone { get; set; }

    /// <summary>To be kept at home where the rules allow. Health data: shown only to the employee and admins.</summary>
    public bool PriorityHome { get; set; }

    public string? PriorityHomeReason { get; set; }
    public bool IsActive { get; set; } = true;
}
