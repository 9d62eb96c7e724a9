using Sikerja.Domain.Calendar;
using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Tests.Reports;

public sealed class ReportEditingTests
{
    private static readonly DateOnly Today = new(2020, 3, 26);

    [Theory]
    [InlineData(ReportStatus.Draft, true)]
    [InlineData(ReportStatus.Returned, true)]
    [InlineData(ReportStatus.Submitted, false)]
    [InlineData(ReportStatus.Approved, false)]
    public void Only_a_draft_or_a_returned_report_is_edited(ReportStatus status, bool editable)
    {
        Assert.Equal(editable, ReportEditing.IsEditable(status));
        Assert.Equal(editable, ReportEditing.CheckEdit(status, Today, Today) is null);
    }

    [Fact]
    public void A_submitted_or_approved_report_says_why_it_is_fixed()
    {
        Assert.Equal("laporan sudah dikirim dan menunggu tinjauan atasan; tidak dapat diubah", ReportEditing.CheckEdit(ReportStatus.Submitted, Today, Today)?.Message);
        Assert.Equal("laporan sudah disetujui; tidak dapat diubah", ReportEditing.CheckEdit(ReportStatus.Approved, Today, Today)?.Message);
    }

    [Fact]
    public void A_day_still_to_come_cannot_be_written_but_a_past_one_can()
    {
        Assert.Equal("date", ReportEditing.CheckEdit(ReportStatus.Draft, Today.AddDays(1), Today)?.Where);
        Assert.Null(ReportEditing.CheckEdit(ReportStatus.Draft, Today.AddDays(-40), Today));
    }

    [Fact]
    public void A_report_holds_at_most_thirty_activities()
    {
        Assert.Null(ReportEditing.CheckRoom(ReportEditing.MaxActivities - 1));
        Assert.Equal("activities", ReportEditing.CheckRoom(ReportEditing.MaxActivities)?.Where);
    }

    [Fact]
    public void Submitting_needs_an_activity_and_a_superior()
    {
        Assert.Empty(ReportEditing.CheckSubmit(ReportStatus.Draft, Today, Today, 1, hasSupervisor: true));
        Assert.Empty(ReportEditing.CheckSubmit(ReportStatus.Returned, Today, Today, 3, hasSupervisor: true));
        var problems = ReportEditing.CheckSubmit(ReportStatus.Draft, Today, Today, 0, hasSupervisor: false).ToList();
        Assert.Equal([("activities", "tambahkan paling sedikit satu kegiatan sebelum mengirim laporan"), ("status", "Anda tidak punya atasan langsung yang meninjau laporan")],
            problems.Select(p => (p.Where, p.Message)));
    }

    [Theory]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Approved)]
    public void A_report_under_or_after_review_is_not_submitted_again(ReportStatus status)
    {
        Assert.Equal("status", Assert.Single(ReportEditing.CheckSubmit(status, Today, Today, 2, true)).Where);
    }

    [Fact]
    public void The_first_submission_sets_the_time_and_lateness_and_a_correction_keeps_them()
    {
        var report = new DailyReport { WorkDate = Today, Status = ReportStatus.Draft };
        var deadline = new DateTime(2020, 3, 27, 3, 0, 0, DateTimeKind.Utc);
        var late = deadline.AddHours(1);
        ReportEditing.Submit(report, late, deadline);
        Assert.Equal((ReportStatus.Submitted, late, true), (report.Status, report.SubmittedAt, report.Late));

        report.Status = ReportStatus.Returned;
        var corrected = late.AddDays(2);
        ReportEditing.Submit(report, corrected, deadline);
        Assert.Equal((ReportStatus.Submitted, late, true, corrected), (report.Status, report.SubmittedAt, report.Late, report.UpdatedAt));
    }

    [Fact]
    public void Submitting_before_the_deadline_is_on_time()
    {
        var report = new DailyReport { WorkDate = Today };
        var deadline = new DateTime(2020, 3, 27, 3, 0, 0, DateTimeKind.Utc);
        ReportEditing.Submit(report, deadline, deadline);
        Assert.False(report.Late);
    }

    [Fact]
    public void The_previous_working_day_skips_the_weekend_and_holidays()
    {
        var calendar = new WorkingCalendar(WorkWeek.MondayToFriday, [new DateOnly(2020, 3, 25)]);
        Assert.Equal(new DateOnly(2020, 3, 27), ReportDays.PreviousWorkingDay(calendar, new DateOnly(2020, 3, 30)));
        Assert.Equal(new DateOnly(2020, 3, 24), ReportDays.PreviousWorkingDay(calendar, new DateOnly(2020, 3, 26)));
        Assert.Null(ReportDays.PreviousWorkingDay(new WorkingCalendar(WorkWeek.None, []), Today));
    }
}
