using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Tests.Reports;

public sealed class TargetRulesTests
{
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly Guid Superior = Guid.NewGuid();
    private static readonly TargetDraft Valid = new(2020, "Menyusun 12 laporan bulanan", 12, "laporan");

    [Fact]
    public void A_complete_target_of_this_last_or_next_year_is_valid()
    {
        Assert.Empty(TargetRules.CheckDraft(Valid, 2020, hasSupervisor: true));
        Assert.Empty(TargetRules.CheckDraft(Valid with { Year = 2019 }, 2020, true));
        Assert.Empty(TargetRules.CheckDraft(Valid with { Year = 2021 }, 2020, true));
    }

    [Fact]
    public void Each_missing_or_wrong_field_is_named()
    {
        Assert.Equal("tahun sasaran antara 2019 dan 2021", Assert.Single(TargetRules.CheckDraft(Valid with { Year = 2022 }, 2020, true)).Message);
        var problems = TargetRules.CheckDraft(new TargetDraft(null, " ", null, null), 2020, true).Select(p => p.Where);
        Assert.Equal(["year", "title", "quantity", "unit"], problems);
        Assert.Equal("jumlah target harus lebih dari 0", Assert.Single(TargetRules.CheckDraft(Valid with { Quantity = 0 }, 2020, true)).Message);
        Assert.Equal("quantity", Assert.Single(TargetRules.CheckDraft(Valid with { Quantity = 1.234m }, 2020, true)).Where);
        Assert.Equal("title", Assert.Single(TargetRules.CheckDraft(Valid with { Title = new string('t', PerformanceTarget.MaxTitleLength + 1) }, 2020, true)).Where);
        Assert.Equal("unit", Assert.Single(TargetRules.CheckDraft(Valid with { Unit = new string('u', ReportActivity.MaxUnitLength + 1) }, 2020, true)).Where);
    }

    [Fact]
    public void Without_a_superior_nobody_could_agree_it()
    {
        Assert.Equal("Anda tidak punya atasan langsung yang menyetujui sasaran kinerja", Assert.Single(TargetRules.CheckDraft(Valid, 2020, false)).Message);
    }

    [Theory]
    [InlineData(TargetStatus.Proposed, true)]
    [InlineData(TargetStatus.Returned, true)]
    [InlineData(TargetStatus.Agreed, false)]
    public void An_agreed_target_is_fixed(TargetStatus status, bool changeable)
    {
        Assert.Equal(changeable, TargetRules.CheckChange(status) is null);
    }

    [Fact]
    public void Only_the_direct_superior_decides_a_proposed_target_and_a_return_needs_a_comment()
    {
        Assert.Null(TargetRules.CheckDecide(Staff, Superior, Superior, TargetStatus.Proposed, agree: true, null));
        Assert.Null(TargetRules.CheckDecide(Staff, Superior, Superior, TargetStatus.Proposed, agree: false, "terlalu rendah"));
        Assert.Equal("comment", TargetRules.CheckDecide(Staff, Superior, Superior, TargetStatus.Proposed, false, "")?.Where);
        Assert.Equal("sasaran kinerja sendiri tidak dapat disetujui sendiri", TargetRules.CheckDecide(Staff, Staff, Staff, TargetStatus.Proposed, true, null)?.Message);
        Assert.Equal("hanya atasan langsung pegawai yang dapat menyetujui sasaran kinerjanya", TargetRules.CheckDecide(Staff, Superior, Guid.NewGuid(), TargetStatus.Proposed, true, null)?.Message);
        Assert.Equal("hanya atasan langsung pegawai yang dapat menyetujui sasaran kinerjanya", TargetRules.CheckDecide(Staff, Superior, null, TargetStatus.Proposed, true, null)?.Message);
        Assert.Equal("sasaran kinerja ini sudah disetujui", TargetRules.CheckDecide(Staff, Superior, Superior, TargetStatus.Agreed, true, null)?.Message);
        Assert.Equal("status", TargetRules.CheckDecide(Staff, Superior, Superior, TargetStatus.Returned, true, null)?.Where);
    }
}
