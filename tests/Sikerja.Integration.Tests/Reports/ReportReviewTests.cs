using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Reports;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Reports.ReportWorld;

namespace Sikerja.Integration.Tests.Reports;

/// <summary>
/// Review by the direct superior: return with a comment, correction and resubmission, approval; nobody reviews their
/// own report; a colleague, another agency or another tenant can neither read nor review; bulk approval touches only
/// the caller's reviewable submitted reports of the day.
/// </summary>
public abstract class ReportReviewTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task A_returned_report_is_fixed_resubmitted_and_approved_with_the_employee_told_each_time()
    {
        var w = await CreateAsync(Db);
        var report = await w.SubmittedAsync(Db, w.StaffA, Friday);
        Assert.Equal(report.Id, Assert.Single((await w.ListAsync(Db, w.Kabid)).Items).ReportId);

        Assert.Equal(("comment", "tulis apa yang harus diperbaiki"), Pair(await w.ReviewAsync(Db, w.Kabid, report.Id, approve: false, " ")));
        var returned = await w.ReviewAsync(Db, w.Kabid, report.Id, approve: false, "Lengkapi jumlah keluaran");
        Assert.Equal((ReportStatus.Returned, "Lengkapi jumlah keluaran", w.Kabid.Id), (returned.Value!.Status, returned.Value.ReturnComment, returned.Value.ReviewedBy));
        Assert.Empty((await w.ListAsync(Db, w.Kabid)).Items);

        var fixedOne = await w.AddAsync(Db, w.StaffA, Friday, At(Monday, 11), Activity(13, 15, "Melengkapi lampiran notula"));
        Assert.True(fixedOne.IsDone, string.Join("; ", fixedOne.Problems));
        var resubmitted = await w.SubmitAsync(Db, w.StaffA, Friday, At(Monday, 11));
        Assert.Equal(ReportStatus.Submitted, resubmitted.Value!.Status);
        Assert.Equal((report.SubmittedAt, false), (resubmitted.Value.SubmittedAt, resubmitted.Value.Late));
        Assert.True(Assert.Single((await w.ListAsync(Db, w.Kabid)).Items).Resubmitted);

        var approved = await w.ReviewAsync(Db, w.Kabid, report.Id, approve: true);
        Assert.Equal((ReportStatus.Approved, (string?)null), (approved.Value!.Status, approved.Value.ReturnComment));
        Assert.Equal("laporan ini sudah disetujui", Assert.Single((await w.ReviewAsync(Db, w.Kabid, report.Id, approve: true)).Problems).Message);
        Assert.Equal("laporan sudah disetujui; tidak dapat diubah",
            Assert.Single((await w.AddAsync(Db, w.StaffA, Friday, At(Monday, 12))).Problems).Message);

        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var notices = (await scope.Db.Notifications.Where(n => n.EmployeeId == w.StaffA.Id).Select(n => new { n.Title, n.Text }).ToListAsync()).ToDictionary(n => n.Title, n => n.Text);
        Assert.Equal(["Laporan kinerja harian dikembalikan", "Laporan kinerja harian disetujui"], notices.Keys.Order());
        Assert.Equal("Laporan Anda tanggal 2025-10-03 dikembalikan untuk diperbaiki: Lengkapi jumlah keluaran", notices["Laporan kinerja harian dikembalikan"]);
        var audit = await scope.Db.AuditEntries.Where(a => a.TenantId == w.Tenant.Id && a.EntityType == nameof(DailyReport) && a.EntityId == report.Id.ToString() && a.ActorUserId == w.AccountOf(w.Kabid)).CountAsync();
        Assert.Equal(2, audit);
    }

    [Fact]
    public async Task Nobody_reviews_their_own_report_not_even_a_head_whose_report_is_in_no_list_of_theirs()
    {
        var w = await CreateAsync(Db);
        var own = await w.SubmittedAsync(Db, w.Kabid, Friday);
        Assert.Empty((await w.ListAsync(Db, w.Kabid)).Items);
        Assert.Equal("laporan sendiri tidak dapat ditinjau sendiri", Assert.Single((await w.ReviewAsync(Db, w.Kabid, own.Id, approve: true)).Problems).Message);
        Assert.Equal(own.Id, Assert.Single((await w.ListAsync(Db, w.Head)).Items).ReportId);
        Assert.True((await w.ReviewAsync(Db, w.Head, own.Id, approve: true)).IsDone);
    }

    [Fact]
    public async Task A_colleague_another_agency_or_another_tenant_can_neither_read_nor_review_and_the_head_above_reads_without_reviewing()
    {
        var w = await CreateAsync(Db);
        var pdf = new AttachmentUpload("notula.pdf", "%PDF-1.4 rahasia"u8.ToArray());
        var activity = (await w.AddAsync(Db, w.StaffA, Friday, At(Friday, 15), file: pdf)).Value!;
        var report = (await w.SubmitAsync(Db, w.StaffA, Friday, At(Friday, 15))).Value!;

        foreach (var outsider in new[] { w.StaffB, w.Teacher, w.Secretary })
        {
            Assert.Equal(CommandStatus.NotFound, (await w.ReviewAsync(Db, outsider, report.Id, approve: true)).Status);
            Assert.Equal(CommandStatus.NotFound, (await w.AsAsync<ReportReviewService, CommandResult<ReportDetail>>(Db, outsider, At(Monday, 9), s => s.DetailAsync(report.Id, CancellationToken.None))).Status);
            Assert.Equal(CommandStatus.NotFound, (await w.AsAsync<ReportAttachmentReader, CommandResult<ReportAttachment>>(Db, outsider, At(Monday, 9), s => s.ReadAsync(activity.Id, CancellationToken.None))).Status);
            Assert.Empty((await w.ListAsync(Db, outsider)).Items);
        }
        var stranger = await (await NewTenantAsync()).AccountAsync(null, Role.TenantAdmin);
        await using (var scope = await AsAsync(stranger))
        {
            Assert.Equal(CommandStatus.NotFound, (await Service<ReportReviewService>(scope, At(Monday, 9)).ReviewAsync(report.Id, new ReviewDecision(true, null), CancellationToken.None)).Status);
            Assert.Equal(CommandStatus.NotFound, (await Service<ReportReviewService>(scope, At(Monday, 9)).DetailAsync(report.Id, CancellationToken.None)).Status);
        }

        // The Kepala Dinas reads the report of someone below, may not review it, and does not get its attachment.
        var head = await w.AsAsync<ReportReviewService, CommandResult<ReportDetail>>(Db, w.Head, At(Monday, 9), s => s.DetailAsync(report.Id, CancellationToken.None));
        Assert.Equal(("notula.pdf", false), (Assert.Single(head.Value!.Activities).AttachmentName, head.Value.MayReview));
        Assert.Equal(CommandStatus.Refused, (await w.ReviewAsync(Db, w.Head, report.Id, approve: true)).Status);
        Assert.Equal(CommandStatus.NotFound, (await w.AsAsync<ReportAttachmentReader, CommandResult<ReportAttachment>>(Db, w.Head, At(Monday, 9), s => s.ReadAsync(activity.Id, CancellationToken.None))).Status);

        var file = await w.AsAsync<ReportAttachmentReader, CommandResult<ReportAttachment>>(Db, w.Kabid, At(Monday, 9), s => s.ReadAsync(activity.Id, CancellationToken.None));
        Assert.Equal(("application/pdf", "notula.pdf"), (file.Value!.ContentType, file.Value.FileName));
        Assert.Equal("%PDF-1.4 rahasia"u8.ToArray(), file.Value.Content);
        Assert.True((await w.AsAsync<ReportAttachmentReader, CommandResult<ReportAttachment>>(Db, w.StaffA, At(Monday, 9), s => s.ReadAsync(activity.Id, CancellationToken.None))).IsDone);
        Assert.Equal(ReportStatus.Submitted, (await w.StoredAsync(Db, report.Id)).Status);
    }

    [Fact]
    public async Task Bulk_approval_approves_only_the_callers_reviewable_submitted_reports_of_that_day()
    {
        var w = await CreateAsync(Db);
        var a = await w.SubmittedAsync(Db, w.StaffA, Friday);
        var aThursday = await w.SubmittedAsync(Db, w.StaffA, Thursday);
        await w.AddAsync(Db, w.StaffB, Friday, At(Friday, 15));
        var kabid = await w.SubmittedAsync(Db, w.Kabid, Friday);
        var secretary = await w.SubmittedAsync(Db, w.Secretary, Friday);

        var bulk = await w.AsAsync<ReportReviewService, CommandResult<BulkApproval>>(Db, w.Kabid, At(Monday, 9), s => s.ApproveDayAsync(Friday, CancellationToken.None));
        Assert.Equal(1, bulk.Value!.Approved);
        Assert.Equal(ReportStatus.Approved, (await w.StoredAsync(Db, a.Id)).Status);
        Assert.Equal(ReportStatus.Submitted, (await w.StoredAsync(Db, aThursday.Id)).Status);
        Assert.Equal(ReportStatus.Submitted, (await w.StoredAsync(Db, kabid.Id)).Status);
        Assert.Equal(ReportStatus.Submitted, (await w.StoredAsync(Db, secretary.Id)).Status);
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            Assert.Equal(ReportStatus.Draft, (await scope.Db.DailyReports.SingleAsync(r => r.EmployeeId == w.StaffB.Id)).Status);
        }

        var byStaff = await w.AsAsync<ReportReviewService, CommandResult<BulkApproval>>(Db, w.StaffB, At(Monday, 9), s => s.ApproveDayAsync(Thursday, CancellationToken.None));
        Assert.Equal(0, byStaff.Value!.Approved);
        Assert.Equal(ReportStatus.Submitted, (await w.StoredAsync(Db, aThursday.Id)).Status);
    }

    [Fact]
    public async Task The_review_list_is_paged_newest_day_first_then_by_name()
    {
        var w = await CreateAsync(Db);
        await w.SubmittedAsync(Db, w.StaffB, Thursday);
        await w.SubmittedAsync(Db, w.StaffA, Thursday);
        await w.SubmittedAsync(Db, w.StaffA, Friday);
        var first = await w.AsAsync<ReportReviewService, ReviewList>(Db, w.Kabid, At(Monday, 9), async s => (await s.ListAsync(1, 2, CancellationToken.None)).Value!);
        var second = await w.AsAsync<ReportReviewService, ReviewList>(Db, w.Kabid, At(Monday, 9), async s => (await s.ListAsync(2, 2, CancellationToken.None)).Value!);
        Assert.Equal((3, 2), (first.Total, first.Pages));
        Assert.Equal([(Friday, "Ani Staf"), (Thursday, "Ani Staf"), (Thursday, "Budi Staf")],
            first.Items.Concat(second.Items).Select(i => (i.WorkDate, i.EmployeeName)));
        Assert.Equal("Menyusun notula rapat koordinasi", Assert.Single(first.Items[0].Activities).Description);
    }

    private static (string, string) Pair<T>(CommandResult<T> result) => Assert.Single(result.Problems) is var p ? (p.Where, p.Message) : default;

    public sealed class OnSqlite(SqliteFixture db) : ReportReviewTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ReportReviewTests(db), IClassFixture<PostgresFixture>;
}
