using Sikerja.Domain.Policies;
using Sikerja.Domain.Travel;

namespace Sikerja.Domain.Tests.Travel;

public sealed class TravelApprovalTests
{
    private static readonly TravelPolicyTerms Strict = new(true, true);
    private static readonly TravelPolicyTerms OutOnly = new(true, false);

    [Theory]
    [InlineData(TravelPurpose.Family, true, true, false, false, ApprovalReason.OutOfRegion)]
    [InlineData(TravelPurpose.Family, true, false, false, true, ApprovalReason.WorkingFromHome)]
    [InlineData(TravelPurpose.Personal, true, false, false, false, ApprovalReason.None)]
    [InlineData(TravelPurpose.Official, true, false, true, false, ApprovalReason.None)]
    [InlineData(TravelPurpose.Official, false, true, true, false, ApprovalReason.OfficialInRegion)]
    [InlineData(TravelPurpose.Official, false, true, false, true, ApprovalReason.None)]
    [InlineData(TravelPurpose.Family, false, true, true, true, ApprovalReason.None)]
    public void Approval_follows_the_circular_and_working_from_home(
        TravelPurpose purpose, bool outOfRegion, bool outNeeds, bool officialInNeeds, bool wfh, ApprovalReason expected) =>
        Assert.Equal(expected, TravelApproval.Needed(purpose, outOfRegion, new TravelPolicyTerms(outNeeds, officialInNeeds), wfh));

    [Fact]
    public void The_circular_rule_is_named_before_working_from_home() =>
        Assert.Equal(ApprovalReason.OutOfRegion, TravelApproval.Needed(TravelPurpose.Personal, true, OutOnly, true));

    [Fact]
    public void Terms_over_two_circulars_take_the_stricter_of_each()
    {
        var lax = Circular(outNeeds: false, officialIn: true);
        var strict = Circular(outNeeds: true, officialIn: false);
        Assert.Equal(Strict, TravelPolicyTerms.Of([lax, strict]));
        Assert.Equal(TravelPolicyTerms.None, TravelPolicyTerms.Of([]));
    }

    private static Policy Circular(bool outNeeds, bool officialIn) => new() { OutOfRegionNeedsPermit = outNeeds, OfficialInRegionNeedsPermit = officialIn };
}
