using Sikerja.Domain.Organisation;

namespace Sikerja.Domain.Tests.Organisation;

public sealed class OrgTreeRulesTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid();

    // A ← B ← C, and D on its own.
    private static readonly Dictionary<Guid, Guid?> ParentOf = new() { [A] = null, [B] = A, [C] = B, [D] = null };

    [Fact]
    public void Moving_a_unit_under_its_own_descendant_is_refused()
    {
        Assert.NotNull(OrgTreeRules.CheckMove(A, C, ParentOf));
        Assert.NotNull(OrgTreeRules.CheckMove(B, B, ParentOf));
    }

    [Fact]
    public void Moving_elsewhere_or_to_the_top_is_allowed()
    {
        Assert.Null(OrgTreeRules.CheckMove(C, D, ParentOf));
        Assert.Null(OrgTreeRules.CheckMove(B, null, ParentOf));
        Assert.Null(OrgTreeRules.CheckMove(D, C, ParentOf));
    }

    [Fact]
    public void Closing_is_refused_while_people_or_open_sub_units_remain()
    {
        Assert.Contains("3 pegawai", OrgTreeRules.CheckClose(3, 0)!.Message, StringComparison.Ordinal);
        Assert.Contains("sub-unit", OrgTreeRules.CheckClose(0, 1)!.Message, StringComparison.Ordinal);
        Assert.Null(OrgTreeRules.CheckClose(0, 0));
    }

    [Theory]
    [InlineData("setda.hukum", true)]
    [InlineData("dinkes-2", true)]
    [InlineData("Setda", false)]
    [InlineData(".setda", false)]
    [InlineData("set da", false)]
    [InlineData("", false)]
    public void Unit_codes(string code, bool valid) => Assert.Equal(valid, UnitCode.Check(code) is null);
}
