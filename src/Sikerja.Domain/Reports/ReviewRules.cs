namespace Sikerja.Domain.Reports;

/// <summary>
/// Who reviews a daily report and how: the owner's direct superior, or an official holding the superior's delegation
/// that covers the report's work date and is not revoked; never the owner. Only a submitted report is reviewed; a
/// return says what to correct.
/// </summary>
public static class ReviewRules
{
    public const int MaxCommentLength = 500;

    /// <param name="owner">The employee whose report it is.</param>
    /// <param name="ownerSupervisor">The owner's direct superior now.</param>
    /// <param name="reviewer">The employee of the account reviewing; null for an account without one.</param>
    /// <param name="delegationsToReviewer">Delegations held by <paramref name="reviewer"/> (any delegator, any dates).</param>
    public static bool MayReview(Guid owner, Guid? ownerSupervisor, Guid? reviewer, DateOnly workDate, IEnumerable<ReviewDelegation> delegationsToReviewer) =>
        reviewer is { } me && me != owner && ownerSupervisor is { } superior
        && (superior == me || delegationsToReviewer.Any(d => d.DelegateId == me && d.DelegatorId == superior && DelegationRules.Covers(d, workDate)));

    /// <summary>Why the review cannot be made, or null.</summary>
    public static Problem? CheckReview(Guid owner, Guid? reviewer, bool mayReview, ReportStatus status, bool approve, string? comment)
    {
        if (reviewer == owner)
        {
            return new Problem("status", "laporan sendiri tidak dapat ditinjau sendiri");
        }
        if (!mayReview)
        {
            return new Problem("status", "hanya atasan langsung pegawai (atau pejabat yang menerima delegasinya) yang dapat meninjau laporan ini");
        }
        if (status != ReportStatus.Submitted)
        {
            return new Problem("status", status switch
            {
                ReportStatus.Approved => "laporan ini sudah disetujui",
                ReportStatus.Returned => "laporan ini sudah dikembalikan dan menunggu perbaikan pegawai",
                _ => "laporan ini belum dikirim",
            });
        }
        if (approve)
        {
            return comment?.Trim().Length > MaxCommentLength ? new Problem("comment", $"catatan paling panjang {MaxCommentLength} karakter") : null;
        }
        if (string.IsNullOrWhiteSpace(comment))
        {
            return new Problem("comment", "tulis apa yang harus diperbaiki");
        }
        return comment.Trim().Length > MaxCommentLength ? new Problem("comment", $"catatan paling panjang {MaxCommentLength} karakter") : null;
    }

    /// <summary>Records the review: approved, or returned with the comment for the employee.</summary>
    public static void Apply(DailyReport report, bool approve, string? comment, Guid reviewer, DateTime nowUtc)
    {
        report.Status = approve ? ReportStatus.Approved : ReportStatus.Returned;
        report.ReturnComment = approve ? null : comment!.Trim();
        report.ReviewedBy = reviewer;
        report.ReviewedAt = nowUtc;
        report.UpdatedAt = nowUtc;
    }
}
