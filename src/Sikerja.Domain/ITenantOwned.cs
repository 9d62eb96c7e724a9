namespace Sikerja.Domain;

/// <summary>A row that belongs to exactly one tenant; every query of it is scoped by <see cref="TenantId"/>.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
