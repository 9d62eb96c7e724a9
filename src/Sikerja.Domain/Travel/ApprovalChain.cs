namespace Sikerja.Domain.Travel;

/// <summary>
/// The approval chain of one trip, fixed when it is requested: the tenant's chain for official travel, or the one
/// for family and personal travel, plus the high-risk step at the end when the destination is high-risk over the
/// dates and the chain lacks it. Then, since nobody approves their own trip:
/// <list type="bullet">
/// <item>a step the requester holds (an agency head's AgencyHead step, the Sekda's Sekda step) is left out, so the
/// request moves on to the next step;</item>
/// <item>a step nobody holds (no direct superior, no head of the Secretariat) is left out;</item>
/// <item>a step held by the same person as the step before it (a Kepala Bidang's direct superior is often the head
/// of the agency) is left out: one person decides once;</item>
/// <item>the head of the region's step (a leadership account other than the requester) always stays;</item>
/// <item>a chain left empty becomes the head of the region's step: the region's top officials ask the regent.</item>
/// </list>
/// </summary>
public static class ApprovalChain
{
    /// <param name="holderOf">The employee who holds a person step for this requester now (null: nobody).</param>
    public static IReadOnlyList<ApprovalStep> For(
        TravelPurpose purpose, TravelSettings settings, bool highRisk, Guid requester, Func<ApprovalStep, Guid?> holderOf)
    {
        var configured = (purpose == TravelPurpose.Official ? settings.OfficialChain : settings.PrivateChain).Distinct().ToList();
        if (highRisk && settings.HighRiskExtraStep is { } extra && !configured.Contains(extra))
        {
            configured.Add(extra);
        }
        var chain = new List<ApprovalStep>();
        Guid? previousHolder = null;
        foreach (var step in configured)
        {
            if (step == ApprovalStep.RegionHead)
            {
                chain.Add(step);
                previousHolder = null;
                continue;
            }
            if (holderOf(step) is not { } holder || holder == requester || holder == previousHolder)
            {
                continue;
            }
            chain.Add(step);
            previousHolder = holder;
        }
        return chain.Count == 0 ? [ApprovalStep.RegionHead] : chain;
    }
}
