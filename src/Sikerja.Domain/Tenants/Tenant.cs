using Sikerja.Domain.Calendar;

namespace Sikerja.Domain.Tenants;

/// <summary>One regional government: it owns its organisation, people, time zone and calendar.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Short, URL-safe code, unique in the installation (e.g. "kebumen").</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public TenantKind Kind { get; set; }

    public string TimeZoneId { get; set; } = IndonesianTimeZones.Wib;

    public WorkWeek WorkWeek { get; set; } = WorkWeek.MondayToFriday;

    public DateTime CreatedAt { get; set; }
}
