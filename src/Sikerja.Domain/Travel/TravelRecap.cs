namespace Sikerja.Domain.Travel;

/// <summary>
/// An agency's monthly recap of travel out of the region (Kukar): generated from the permits, signed off by the
/// head of the agency, sent to the Sekda through the Asisten configured for the agency. Its lines are fixed at
/// sign-off, so the signed document never changes.
/// </summary>
public sealed class TravelRecap : ITenantOwned
{
    public const int MaxNumberLength = 80;
    public const int MaxSignerLength = 120;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid AgencyId { get; set; }

    /// <summary>The first day of the month it covers.</summary>
    public DateOnly Month { get; set; }

    public RecapStatus Status { get; set; }

    /// <summary>The letter number (nomor surat).</summary>
    public string? Number { get; set; }

    public Guid? SignedOffBy { get; set; }
    public string? SignerName { get; set; }
    public string? SignerTitle { get; set; }
    public string? SignerNip { get; set; }
    public DateTime? SignedOffAt { get; set; }

    /// <summary>The Asisten it goes through, as configured at sign-off.</summary>
    public Guid? AsistenId { get; set; }

    public DateTime? ForwardedAt { get; set; }
    public Guid? ForwardedBy { get; set; }
}
