namespace Sikerja.Domain.Tenants;

/// <summary>Kabupaten, kota or provinsi.</summary>
public enum TenantKind
{
    Regency,
    City,
    Province,
}
