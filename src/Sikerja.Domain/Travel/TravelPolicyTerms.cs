using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Travel;

/// <summary>What the circulars in force over a trip's dates say of travel; a trip that meets two takes the stricter of each.</summary>
public sealed record TravelPolicyTerms(bool OutOfRegionNeedsPermit, bool OfficialInRegionNeedsPermit)
{
    /// <summary>No circular in force: no permit is required by one.</summary>
    public static readonly TravelPolicyTerms None = new(false, false);

    public static TravelPolicyTerms Of(IEnumerable<Policy> inForce) =>
        inForce.Aggregate(None, (terms, p) => new TravelPolicyTerms(
            terms.OutOfRegionNeedsPermit || p.OutOfRegionNeedsPermit, terms.OfficialInRegionNeedsPermit || p.OfficialInRegionNeedsPermit));
}
