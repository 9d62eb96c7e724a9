namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Report compliance over a set of owed days: each owed day is exactly one of on time, late, missing or pending
/// (not yet due, or a draft before its deadline); submitted days are also counted by review state.
/// </summary>
public sealed record ComplianceCounts(int Required, int OnTime, int Late, int Missing, int Approved, int AwaitingReview, int Returned)
{
    public static readonly ComplianceCounts None = new(0, 0, 0, 0, 0, 0, 0);

    public int Submitted => OnTime + Late;

    /// <summary>Owed, not sent, deadline still ahead.</summary>
    public int Pending => Required - Submitted - Missing;

    /// <summary>Sent of those due or sent (pending days are not held against anyone); null when there are none.</summary>
    public decimal? Rate => Submitted + Missing == 0 ? null : Math.Round(100m * Submitted / (Submitted + Missing), 1);

    /// <summary>Sent on time of those due or sent.</summary>
    public decimal? OnTimeRate => Submitted + Missing == 0 ? null : Math.Round(100m * OnTime / (Submitted + Missing), 1);

    public static ComplianceCounts operator +(ComplianceCounts a, ComplianceCounts b) => new(
        a.Required + b.Required, a.OnTime + b.OnTime, a.Late + b.Late, a.Missing + b.Missing,
        a.Approved + b.Approved, a.AwaitingReview + b.AwaitingReview, a.Returned + b.Returned);

    public static ComplianceCounts Sum(IEnumerable<ComplianceCounts> counts) => counts.Aggregate(None, (a, b) => a + b);
}
