namespace Sikerja.Domain.Travel;

/// <summary>A tenant's travel rules; a tenant without a row uses the defaults.</summary>
public sealed class TravelSettings : ITenantOwned
{
    public Guid TenantId { get; set; }

    /// <summary>The tenant's own region code ("64.02" a regency, "64" a province): destinations inside it are in the region.</summary>
    public string? HomeRegionCode { get; set; }

    /// <summary>The approval chain of official travel (Seruyan: through the head of the agency to the head of the region).</summary>
    public List<ApprovalStep> OfficialChain { get; set; } = [ApprovalStep.DirectSuperior, ApprovalStep.AgencyHead, ApprovalStep.RegionHead];

    /// <summary>The approval chain of family and personal travel.</summary>
    public List<ApprovalStep> PrivateChain { get; set; } = [ApprovalStep.DirectSuperior, ApprovalStep.AgencyHead];

    /// <summary>A step added at the end of the chain when the destination is high-risk; null adds none.</summary>
    public ApprovalStep? HighRiskExtraStep { get; set; } = ApprovalStep.Sekda;

    /// <summary>Hours after departure within which an emergency trip can still be approved.</summary>
    public int EmergencyGraceHours { get; set; } = 72;

    /// <summary>Days of quarantine after returning from a high-risk region (0: none); they become unavailable days of the roster.</summary>
    public int QuarantineDaysAfterHighRisk { get; set; }

    /// <summary>The unit whose head is the Sekda (<see cref="Organisation.SekdaRules"/>); null leaves the choice to the rule.</summary>
    public Guid? SekdaUnitId { get; set; }
}
