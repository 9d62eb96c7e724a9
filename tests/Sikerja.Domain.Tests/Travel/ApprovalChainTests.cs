using Sikerja.Domain.Travel;
using static Sikerja.Domain.Travel.ApprovalStep;

namespace Sikerja.Domain.Tests.Travel;

public sealed class ApprovalChainTests
{
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly Guid Kabid = Guid.NewGuid();
    private static readonly Guid Kadis = Guid.NewGuid();
    private static readonly Guid Sekda = Guid.NewGuid();

    private static Func<ApprovalStep, Guid?> Holders(Guid? superior, Guid? head, Guid? sekda) =>
        step => step switch { DirectSuperior => superior, AgencyHead => head, ApprovalStep.Sekda => sekda, _ => null };

    private static readonly Func<ApprovalStep, Guid?> OfStaff = Holders(Kabid, Kadis, Sekda);

    [Fact]
    public void Official_and_private_trips_follow_their_own_chain()
    {
        var settings = new TravelSettings();
        Assert.Equal([DirectSuperior, AgencyHead, RegionHead], ApprovalChain.For(TravelPurpose.Official, settings, false, Staff, OfStaff));
        Assert.Equal([DirectSuperior, AgencyHead], ApprovalChain.For(TravelPurpose.Family, settings, false, Staff, OfStaff));
        Assert.Equal([DirectSuperior, AgencyHead], ApprovalChain.For(TravelPurpose.Personal, settings, false, Staff, OfStaff));
    }

    [Fact]
    public void A_high_risk_destination_adds_the_extra_step_once()
    {
        var settings = new TravelSettings { HighRiskExtraStep = ApprovalStep.Sekda };
        Assert.Equal([DirectSuperior, AgencyHead, ApprovalStep.Sekda], ApprovalChain.For(TravelPurpose.Family, settings, true, Staff, OfStaff));
        settings.PrivateChain = [DirectSuperior, ApprovalStep.Sekda];
        Assert.Equal([DirectSuperior, ApprovalStep.Sekda], ApprovalChain.For(TravelPurpose.Family, settings, true, Staff, OfStaff));
        settings.HighRiskExtraStep = null;
        Assert.Equal([DirectSuperior, AgencyHead, RegionHead], ApprovalChain.For(TravelPurpose.Official, settings, true, Staff, OfStaff));
    }

    [Fact]
    public void The_requesters_own_step_moves_on_to_the_next()
    {
        var settings = new TravelSettings();
        Assert.Equal([DirectSuperior, RegionHead], ApprovalChain.For(TravelPurpose.Official, settings, false, Kadis, Holders(Sekda, Kadis, Sekda)));
    }

    [Fact]
    public void One_person_holding_two_steps_in_a_row_decides_once()
    {
        var ofKabid = Holders(Kadis, Kadis, Sekda);
        Assert.Equal([DirectSuperior, RegionHead], ApprovalChain.For(TravelPurpose.Official, new TravelSettings(), false, Kabid, ofKabid));
    }

    [Fact]
    public void Steps_nobody_holds_are_left_out()
    {
        var settings = new TravelSettings { PrivateChain = [DirectSuperior, AgencyHead, ApprovalStep.Sekda] };
        Assert.Equal([AgencyHead], ApprovalChain.For(TravelPurpose.Family, settings, false, Staff, Holders(null, Kadis, null)));
    }

    [Fact]
    public void A_chain_left_empty_goes_to_the_head_of_the_region()
    {
        var ofSekda = Holders(null, Sekda, Sekda);
        Assert.Equal([RegionHead], ApprovalChain.For(TravelPurpose.Family, new TravelSettings(), false, Sekda, ofSekda));
    }

    [Fact]
    public void The_head_of_the_regions_step_always_stays_and_breaks_a_run_of_one_holder()
    {
        var settings = new TravelSettings { OfficialChain = [AgencyHead, RegionHead, ApprovalStep.Sekda] };
        Assert.Equal([AgencyHead, RegionHead, ApprovalStep.Sekda],
            ApprovalChain.For(TravelPurpose.Official, settings, false, Staff, Holders(Kabid, Sekda, Sekda)));
    }
}
