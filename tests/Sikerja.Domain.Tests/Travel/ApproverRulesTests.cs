using Sikerja.Domain.Travel;
using static Sikerja.Domain.Travel.ApprovalStep;

namespace Sikerja.Domain.Tests.Travel;

public sealed class ApproverRulesTests
{
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly Guid Kabid = Guid.NewGuid();
    private static readonly Guid Kadis = Guid.NewGuid();
    private static readonly Guid Sekda = Guid.NewGuid();
    private static readonly Guid Colleague = Guid.NewGuid();

    private static Guid? Holder(ApprovalStep step) => step switch { DirectSuperior => Kabid, AgencyHead => Kadis, ApprovalStep.Sekda => Sekda, _ => null };

    [Theory]
    [InlineData(DirectSuperior)]
    [InlineData(AgencyHead)]
    [InlineData(ApprovalStep.Sekda)]
    public void Each_person_step_is_decided_by_its_holder_only(ApprovalStep step)
    {
        Assert.Null(ApproverRules.CheckDecider(step, Staff, Holder(step), false, Holder));
        foreach (var other in new Guid?[] { Kabid, Kadis, Sekda, Colleague, null }.Where(o => o != Holder(step)))
        {
            Assert.Equal("status", ApproverRules.CheckDecider(step, Staff, other, true, Holder)!.Where);
        }
    }

    [Fact]
    public void The_head_of_the_regions_step_is_decided_by_any_leadership_account()
    {
        Assert.Null(ApproverRules.CheckDecider(RegionHead, Staff, null, true, Holder));
        Assert.Null(ApproverRules.CheckDecider(RegionHead, Staff, Sekda, true, Holder));
        Assert.Equal("langkah ini diputuskan pimpinan daerah", ApproverRules.CheckDecider(RegionHead, Staff, Kadis, false, Holder)!.Message);
    }

    [Fact]
    public void Nobody_decides_their_own_permit_even_when_holding_the_step()
    {
        Guid? Self(ApprovalStep _) => Staff;
        Assert.Equal("izin bepergian sendiri tidak dapat diputuskan sendiri", ApproverRules.CheckDecider(DirectSuperior, Staff, Staff, false, Self)!.Message);
        Assert.Equal("izin bepergian sendiri tidak dapat diputuskan sendiri", ApproverRules.CheckDecider(RegionHead, Staff, Staff, true, Self)!.Message);
    }
}
