namespace Sikerja.Domain.Travel;

/// <summary>A destination a tenant admin added to the shipped list of provinces, regencies and cities (e.g. abroad).</summary>
public sealed class CustomRegion : ITenantOwned
{
    public const int MaxCodeLength = 20;
    public const int MaxNameLength = 120;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
