using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Tests.Reports;

public sealed class ReviewRulesTests
{
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly Guid Superior = Guid.NewGuid();
    private static readonly Guid Deputy = Guid.NewGuid();
    private static readonly DateOnly Day = new(2020, 3, 26);

    private static ReviewDelegation Delegation(DateOnly from, DateOnly until, Guid? delegator = null, DateTime? revokedAt = null) => new()
    {
        DelegatorId = delegator ?? Superior, DelegateId = Deputy, From = from, Until = until, Reason = "cuti", RevokedAt = revokedAt,
    };

    [Fact]
    public void The_direct_superior_reviews_and_nobody_reviews_their_own_report()
    {
        Assert.True(ReviewRules.MayReview(Staff, Superior, Superior, Day, []));
        Assert.False(ReviewRules.MayReview(Staff, Staff, Staff, Day, []));
        Assert.False(ReviewRules.MayReview(Staff, Superior, Guid.NewGuid(), Day, []));
        Assert.False(ReviewRules.MayReview(Staff, Superior, null, Day, []));
        Assert.False(ReviewRules.MayReview(Staff, null, Superior, Day, []));
    }

    [Fact]
    public void A_delegate_reviews_the_delegators_team_on_the_covered_dates_only()
    {
        var delegation = Delegation(Day, Day.AddDays(4));
        Assert.True(ReviewRules.MayReview(Staff, Superior, Deputy, Day, [delegation]));
        Assert.True(ReviewRules.MayReview(Staff, Superior, Deputy, Day.AddDays(4), [delegation]));
        Assert.False(ReviewRules.MayReview(Staff, Superior, Deputy, Day.AddDays(-1), [delegation]));
        Assert.False(ReviewRules.MayReview(Staff, Superior, Deputy, Day.AddDays(5), [delegation]));
    }

    [Fact]
    public void A_revoked_delegation_or_one_from_another_superior_gives_nothing()
    {
        Assert.False(ReviewRules.MayReview(Staff, Superior, Deputy, Day, [Delegation(Day, Day, revokedAt: DateTime.UtcNow)]));
        Assert.False(ReviewRules.MayReview(Staff, Superior, Deputy, Day, [Delegation(Day, Day, delegator: Guid.NewGuid())]));
    }

    [Fact]
    public void A_delegate_never_reviews_their_own_report()
    {
        Assert.False(ReviewRules.MayReview(Deputy, Superior, Deputy, Day, [Delegation(Day, Day)]));
    }

    [Fact]
    public void A_submitted_report_is_approved_with_or_without_a_note_and_returned_only_with_one()
    {
        Assert.Null(ReviewRules.CheckReview(Staff, Superior, true, ReportStatus.Submitted, approve: true, null));
        Assert.Null(ReviewRules.CheckReview(Staff, Superior, true, ReportStatus.Submitted, approve: false, "lengkapi jumlah keluaran"));
        Assert.Equal(("comment", "tulis apa yang harus diperbaiki"), Pair(ReviewRules.CheckReview(Staff, Superior, true, ReportStatus.Submitted, false, " ")));
        Assert.Equal("comment", ReviewRules.CheckReview(Staff, Superior, true, ReportStatus.Submitted, false, new string('c', 501))?.Where);
        Assert.Equal("comment", ReviewRules.CheckReview(Staff, Superior, true, ReportStatus.Submitted, true, new string('c', 501))?.Where);
    }

    [Fact]
    public void Own_report_and_anyone_without_the_right_are_refused_first()
    {
        Assert.Equal("laporan sendiri tidak dapat ditinjau sendiri", ReviewRules.CheckReview(Staff, Staff, true, ReportStatus.Submitted, true, null)?.Message);
        Assert.Equal("hanya atasan langsung pegawai (atau pejabat yang menerima delegasinya) yang dapat meninjau laporan ini",
            ReviewRules.CheckReview(Staff, Guid.NewGuid(), false, ReportStatus.Submitted, true, null)?.Message);
    }

    [Theory]
    [InlineData(ReportStatus.Draft, "laporan ini belum dikirim")]
    [InlineData(ReportStatus.Returned, "laporan ini sudah dikembalikan dan menunggu perbaikan pegawai")]
    [InlineData(ReportStatus.Approved, "laporan ini sudah disetujui")]
    public void Only_a_submitted_report_is_reviewed(ReportStatus status, string message)
    {
        Assert.Equal(("status", message), Pair(ReviewRules.CheckReview(Staff, Superior, true, status, true, null)));
    }

    [Fact]
    public void Applying_a_return_keeps_the_comment_and_an_approval_clears_it()
    {
        var report = new DailyReport { Status = ReportStatus.Submitted };
        var now = DateTime.UtcNow;
        ReviewRules.Apply(report, approve: false, "  tambahkan lampiran ", Superior, now);
        Assert.Equal((ReportStatus.Returned, "tambahkan lampiran", Superior, now), (report.Status, report.ReturnComment, report.ReviewedBy, report.ReviewedAt));
        ReviewRules.Apply(report, approve: true, null, Deputy, now);
        Assert.Equal((ReportStatus.Approved, (string?)null, Deputy), (report.Status, report.ReturnComment, report.ReviewedBy));
    }

    private static (string, string) Pair(Problem? p) => (p!.Where, p.Message);
}
