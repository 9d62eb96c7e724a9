namespace Sikerja.Domain.Travel;

public enum RegionKind
{
    Province,

    /// <summary>Kabupaten.</summary>
    Regency,

    /// <summary>Kota.</summary>
    City,

    /// <summary>Added by a tenant admin (abroad, a region the shipped list lacks).</summary>
    Custom,
}
