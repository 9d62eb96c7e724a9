using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Tests.Reports;

public sealed class ReportDayTests
{
    private static readonly DateTime Deadline = new(2026, 6, 2, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Before = Deadline.AddMinutes(-1);
    private static readonly DateTime After = Deadline.AddMinutes(1);

    [Theory]
    [InlineData(ReportStatus.Submitted, ReportDayStatus.Submitted)]
    [InlineData(ReportStatus.Returned, ReportDayStatus.Returned)]
    [InlineData(ReportStatus.Approved, ReportDayStatus.Approved)]
    public void A_submitted_report_keeps_its_review_status_and_late_mark(ReportStatus stored, ReportDayStatus expected)
    {
        Assert.Equal(new ReportDay(expected, true), ReportDay.Of(true, stored, true, Deadline, After));
        Assert.Equal(new ReportDay(expected, false), ReportDay.Of(true, stored, false, Deadline, Before));
        Assert.True(ReportDay.Of(true, stored, false, Deadline, Before).IsSubmitted);
    }

    [Fact]
    public void A_voluntary_report_counts_as_sent() =>
        Assert.Equal(ReportDayStatus.Approved, ReportDay.Of(false, ReportStatus.Approved, false, Deadline, After).Status);

    [Fact]
    public void Owed_without_a_report_is_not_yet_due_until_the_deadline_then_missing()
    {
        Assert.Equal(ReportDayStatus.NotYetDue, ReportDay.Of(true, null, false, Deadline, Before).Status);
        Assert.Equal(ReportDayStatus.NotYetDue, ReportDay.Of(true, null, false, Deadline, Deadline).Status);
        Assert.Equal(ReportDayStatus.Missing, ReportDay.Of(true, null, false, Deadline, After).Status);
        Assert.False(ReportDay.Of(true, null, false, Deadline, After).IsSubmitted);
    }

    [Fact]
    public void A_draft_is_a_draft_before_the_deadline_and_missing_after()
    {
        Assert.Equal(ReportDayStatus.Draft, ReportDay.Of(true, ReportStatus.Draft, false, Deadline, Before).Status);
        Assert.Equal(ReportDayStatus.Missing, ReportDay.Of(true, ReportStatus.Draft, false, Deadline, After).Status);
    }

    [Fact]
    public void A_day_not_owed_is_not_required_with_or_without_a_draft()
    {
        Assert.Equal(ReportDayStatus.NotRequired, ReportDay.Of(false, null, false, Deadline, After).Status);
        Assert.Equal(ReportDayStatus.NotRequired, ReportDay.Of(false, ReportStatus.Draft, false, Deadline, After).Status);
    }
}
