namespace Sikerja.Domain.Travel;

/// <summary>
/// Whether a trip needs approval. Out of the region: when the circular in force over the trip's dates says so, or
/// whenever the employee is on WFH on a day of the trip (a published roster's home day: WFH is not a holiday).
/// Inside the region: official trips only, when the circular asks for it. Otherwise no approval is needed and the
/// trip is recorded as notified: approved at once, with an empty chain, so the supervisor and the monthly recap
/// still know of it.
/// </summary>
public static class TravelApproval
{
    public static ApprovalReason Needed(TravelPurpose purpose, bool outOfRegion, TravelPolicyTerms terms, bool workingFromHomeDuringTrip)
    {
        if (outOfRegion)
        {
            return terms.OutOfRegionNeedsPermit ? ApprovalReason.OutOfRegion
                : workingFromHomeDuringTrip ? ApprovalReason.WorkingFromHome
                : ApprovalReason.None;
        }
        return purpose == TravelPurpose.Official && terms.OfficialInRegionNeedsPermit ? ApprovalReason.OfficialInRegion : ApprovalReason.None;
    }
}
