namespace Sikerja.Domain.Reports;

/// <summary>
/// The status of one employee's report of one date, and whether its (first) submission was late.
/// </summary>
public readonly record struct ReportDay(ReportDayStatus Status, bool Late)
{
    /// <summary>Submitted at some point: awaiting review, returned or approved.</summary>
    public bool IsSubmitted => Status is ReportDayStatus.Submitted or ReportDayStatus.Returned or ReportDayStatus.Approved;

    /// <summary>
    /// Judges a day. A submitted report keeps its review status whether or not it was owed (a voluntary report
    /// counts as sent). An owed day without a submission is missing once <paramref name="deadlineUtc"/> has
    /// passed — a draft left unsent past the deadline included — and not yet due (or a draft) before it.
    /// A day not owed is not required, even with a draft.
    /// </summary>
    /// <param name="owed">The employee owes a report that day (<see cref="ReportObligation"/>).</param>
    /// <param name="report">The stored report's status, or null without one.</param>
    /// <param name="late">The stored report's late mark.</param>
    public static ReportDay Of(bool owed, ReportStatus? report, bool late, DateTime deadlineUtc, DateTime nowUtc)
    {
        switch (report)
        {
            case ReportStatus.Approved:
                return new(ReportDayStatus.Approved, late);
            case ReportStatus.Submitted:
                return new(ReportDayStatus.Submitted, late);
            case ReportStatus.Returned:
                return new(ReportDayStatus.Returned, late);
        }
        if (!owed)
        {
            return new(ReportDayStatus.NotRequired, false);
        }
        if (nowUtc > deadlineUtc)
        {
            return new(ReportDayStatus.Missing, false);
        }
        return new(report == ReportStatus.Draft ? ReportDayStatus.Draft : ReportDayStatus.NotYetDue, false);
    }
}
