namespace Sikerja.Domain.Imports;

/// <summary>Where an import may change things: the whole tenant, or only inside some agencies (top-level units).</summary>
public sealed record ImportScope(bool WholeTenant, IReadOnlySet<Guid> Agencies)
{
    public static ImportScope Tenant { get; } = new(true, new HashSet<Guid>());

    public static ImportScope WithinAgencies(IEnumerable<Guid> agencies) => new(false, agencies.ToHashSet());
}
