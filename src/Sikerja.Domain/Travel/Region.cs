namespace Sikerja.Domain.Travel;

/// <summary>A destination: a province, regency or city by its Kemendagri code, or a tenant's own addition.</summary>
public sealed record Region(string Code, string Name, RegionKind Kind)
{
    /// <summary>The province code the region belongs to ("64" for "64.02"); a province is its own.</summary>
    public string ProvinceCode => RegionCodes.ProvinceOf(Code);
}
