namespace Sikerja.Domain.Organisation;

/// <summary>
/// A unit of the organisation tree. A unit without parent is a top-level unit (a Perangkat Daerah).
/// </summary>
public sealed class OrgUnit : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }

    /// <summary>Short code unique in the tenant (e.g. "setda.hukum"); the unit's id in imports and scenarios.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public OrgUnitType Type { get; set; }
    public Guid? ParentId { get; set; }

    /// <summary>Ids from the root down to this unit, each followed by '/'; lets a subtree be read with one prefix match.</summary>
    public string Path { get; set; } = "";

    public Guid? HeadId { get; set; }
    public string? Address { get; set; }
    public double? OfficeLatitude { get; set; }
    public double? OfficeLongitude { get; set; }
    public int? OfficeRadiusMetres { get; set; }
    public bool IsClosed { get; set; }

    public OfficeLocation? Office =>
        OfficeLatitude is { } lat && OfficeLongitude is { } lon && OfficeRadiusMetres is { } r ? new OfficeLocation(lat, lon, r) : null;

    public static string PathSegment(Guid id) => id.ToString("N") + "/";
}
