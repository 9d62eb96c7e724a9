using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Tests.Reports;

public sealed class DelegationRulesTests
{
    private static readonly Guid Superior = Guid.NewGuid();
    private static readonly Guid Deputy = Guid.NewGuid();
    private static readonly DateOnly Today = new(2020, 3, 26);

    private static List<Problem> Check(
        Guid? delegateId = null, bool found = true, bool active = true, DateOnly? from = null, DateOnly? until = null, string? reason = "cuti tahunan", bool team = true) =>
        [.. DelegationRules.CheckCreate(Superior, delegateId ?? Deputy, found, active, from ?? Today, until ?? Today.AddDays(5), Today, reason, team)];

    [Fact]
    public void A_superior_delegates_to_another_active_employee_for_a_range_with_a_reason()
    {
        Assert.Empty(Check());
        Assert.Empty(Check(from: Today.AddDays(-3), until: Today));
    }

    [Fact]
    public void Not_to_themselves_nor_to_someone_unknown_or_inactive()
    {
        Assert.Equal("delegasi tidak dapat diberikan kepada diri sendiri", Assert.Single(Check(delegateId: Superior)).Message);
        Assert.Equal("pegawai penerima delegasi tidak ditemukan; isi NIP-nya", Assert.Single(Check(found: false)).Message);
        Assert.Equal("pegawai penerima delegasi sudah tidak aktif", Assert.Single(Check(active: false)).Message);
        Assert.Equal("delegate", Assert.Single(DelegationRules.CheckCreate(Superior, null, false, false, Today, Today, Today, "x", true)).Where);
    }

    [Fact]
    public void Only_someone_with_direct_reports_has_review_to_delegate()
    {
        Assert.Equal("Anda tidak punya bawahan langsung yang laporannya dapat didelegasikan", Assert.Single(Check(team: false)).Message);
    }

    [Fact]
    public void The_range_is_ordered_not_wholly_past_and_at_most_a_year()
    {
        Assert.Equal("tanggal selesai tidak boleh sebelum tanggal mulai", Assert.Single(Check(from: Today, until: Today.AddDays(-1))).Message);
        Assert.Equal("masa delegasi sudah lewat", Assert.Single(Check(from: Today.AddDays(-9), until: Today.AddDays(-2))).Message);
        Assert.Equal("delegasi paling lama 366 hari", Assert.Single(Check(from: Today, until: Today.AddDays(366))).Message);
        Assert.Empty(Check(from: Today, until: Today.AddDays(365)));
    }

    [Fact]
    public void Missing_dates_and_reason_are_each_named()
    {
        var problems = DelegationRules.CheckCreate(Superior, Deputy, true, true, null, null, Today, "", true).Select(p => p.Where);
        Assert.Equal(["from", "until", "reason"], problems);
        Assert.Equal("reason", Assert.Single(Check(reason: new string('r', DelegationRules.MaxReasonLength + 1))).Where);
    }

    [Fact]
    public void Only_the_delegator_revokes_and_only_once()
    {
        var delegation = new ReviewDelegation { DelegatorId = Superior, DelegateId = Deputy, From = Today, Until = Today, Reason = "cuti" };
        Assert.Null(DelegationRules.CheckRevoke(delegation, Superior));
        Assert.Equal("hanya atasan yang memberi delegasi yang dapat mencabutnya", DelegationRules.CheckRevoke(delegation, Deputy)?.Message);
        Assert.Equal("hanya atasan yang memberi delegasi yang dapat mencabutnya", DelegationRules.CheckRevoke(delegation, null)?.Message);
        delegation.RevokedAt = DateTime.UtcNow;
        Assert.Equal("delegasi ini sudah dicabut", DelegationRules.CheckRevoke(delegation, Superior)?.Message);
    }

    [Fact]
    public void A_delegation_covers_its_days_inclusive_until_revoked()
    {
        var delegation = new ReviewDelegation { DelegatorId = Superior, DelegateId = Deputy, From = Today, Until = Today.AddDays(2), Reason = "dinas luar" };
        Assert.Equal([false, true, true, true, false], Enumerable.Range(-1, 5).Select(i => DelegationRules.Covers(delegation, Today.AddDays(i))));
        delegation.RevokedAt = DateTime.UtcNow;
        Assert.False(DelegationRules.Covers(delegation, Today));
    }
}
