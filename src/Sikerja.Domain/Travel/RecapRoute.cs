namespace Sikerja.Domain.Travel;

/// <summary>The Asisten an agency's travel recap goes through on its way to the Sekda.</summary>
public sealed class RecapRoute : ITenantOwned
{
    public Guid AgencyId { get; set; }
    public Guid TenantId { get; set; }
    public Guid AsistenId { get; set; }
}
