using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Reports;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Reports.ReportWorld;

namespace Sikerja.Integration.Tests.Reports;

/// <summary>
/// The employee's day: activities checked field by field, a report submitted on time or late against the tenant's
/// deadline (next working day 10:00 by default, its own settings otherwise, holidays and weekends skipped), and the
/// previous working day's activities copied into an empty report.
/// </summary>
public abstract class ReportSubmissionTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task A_report_submitted_before_the_next_working_days_ten_oclock_is_on_time_and_after_it_late()
    {
        var w = await CreateAsync(Db);
        await w.AddAsync(Db, w.StaffA, Friday, At(Friday, 16));
        await w.AddAsync(Db, w.StaffB, Friday, At(Friday, 16));

        var onTime = await w.SubmitAsync(Db, w.StaffA, Friday, At(Monday, 10, 0));
        Assert.True(onTime.IsDone, string.Join("; ", onTime.Problems));
        var late = await w.SubmitAsync(Db, w.StaffB, Friday, At(Monday, 10, 1));
        Assert.Equal((ReportStatus.Submitted, false), (onTime.Value!.Status, onTime.Value.Late));
        Assert.Equal((ReportStatus.Submitted, true), (late.Value!.Status, late.Value.Late));
        var stored = await w.StoredAsync(Db, late.Value.Id);
        Assert.Equal(At(Monday, 10, 1).GetUtcNow().UtcDateTime, stored.SubmittedAt);
        Assert.True(stored.Late);
    }

    [Fact]
    public async Task A_holiday_on_the_monday_moves_the_deadline_and_a_same_day_setting_makes_an_evening_report_late()
    {
        var w = await CreateAsync(Db);
        await w.HolidayAsync(Db, Monday);
        await w.AddAsync(Db, w.StaffA, Friday, At(Friday, 16));
        Assert.False((await w.SubmitAsync(Db, w.StaffA, Friday, At(Monday.AddDays(1), 9, 59))).Value!.Late);

        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            scope.Db.ReportSettings.Add(new ReportSettings { TenantId = w.Tenant.Id, DeadlineWorkingDays = 0, DeadlineTime = new TimeOnly(17, 0) });
            await scope.Db.SaveChangesAsync();
        }
        await w.AddAsync(Db, w.StaffB, Thursday, At(Thursday, 16));
        Assert.True((await w.SubmitAsync(Db, w.StaffB, Thursday, At(Thursday, 17, 30))).Value!.Late);
        await w.AddAsync(Db, w.StaffA, Thursday, At(Thursday, 16));
        Assert.False((await w.SubmitAsync(Db, w.StaffA, Thursday, At(Thursday, 16, 59))).Value!.Late);
    }

    [Fact]
    public async Task Submitting_needs_an_activity_a_day_not_to_come_and_happens_once()
    {
        var w = await CreateAsync(Db);
        var clock = At(Friday, 15);
        Assert.Equal("activities", Assert.Single((await w.SubmitAsync(Db, w.StaffA, Friday, clock)).Problems).Where);
        Assert.Equal("date", Assert.Single((await w.AddAsync(Db, w.StaffA, Monday, clock)).Problems).Where);
        await w.AddAsync(Db, w.StaffA, Friday, clock);
        Assert.True((await w.SubmitAsync(Db, w.StaffA, Friday, clock)).IsDone);
        var again = await w.SubmitAsync(Db, w.StaffA, Friday, clock);
        Assert.Equal("laporan sudah dikirim dan menunggu tinjauan atasan; tidak dapat diubah", Assert.Single(again.Problems).Message);
        Assert.Equal(CommandStatus.Refused, (await w.AddAsync(Db, w.StaffA, Friday, clock)).Status);
    }

    [Fact]
    public async Task A_bad_activity_is_refused_field_by_field_and_stores_nothing()
    {
        var w = await CreateAsync(Db);
        var bad = new ActivityDraft(new TimeOnly(10, 0), new TimeOnly(9, 0), " ", 0, "", null);
        var refused = await w.AddAsync(Db, w.StaffA, Friday, At(Friday, 15), bad);
        Assert.Equal(
            [("end", "jam selesai harus sesudah jam mulai"), ("description", "tulis kegiatan yang dikerjakan"), ("quantity", "jumlah keluaran harus lebih dari 0"),
             ("unit", "isi satuan keluaran (mis. dokumen, kegiatan, laporan)")],
            refused.Problems.Select(p => (p.Where, p.Message)));
        var gif = await w.AddAsync(Db, w.StaffA, Friday, At(Friday, 15), file: new AttachmentUpload("foto.gif", "GIF89a"u8.ToArray()));
        Assert.Equal("attachment", Assert.Single(gif.Problems).Where);
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.False(await scope.Db.DailyReports.AnyAsync());
        Assert.False(await scope.Db.ReportActivities.AnyAsync());
    }

    [Fact]
    public async Task Overlapping_activities_are_kept_and_flagged_on_the_day()
    {
        var w = await CreateAsync(Db);
        var clock = At(Friday, 15);
        await w.AddAsync(Db, w.StaffA, Friday, clock, Activity(8, 11, "Rapat koordinasi"));
        await w.AddAsync(Db, w.StaffA, Friday, clock, Activity(10, 12, "Menyusun surat"));
        await w.AddAsync(Db, w.StaffA, Friday, clock, Activity(13, 14, "Membalas surel"));
        var day = await w.AsAsync<ReportEditingService, ReportDayView>(Db, w.StaffA, clock, async s => (await s.DayAsync(null, CancellationToken.None)).Value!);
        Assert.Equal(Friday, day.Date);
        Assert.Equal([true, true, false], day.Activities.Select(a => a.Overlaps));
        Assert.Equal(Thursday, day.PreviousWorkingDay);
        Assert.Equal(At(Monday, 10).GetUtcNow().UtcDateTime, day.DeadlineUtc);
    }

    [Fact]
    public async Task The_previous_working_days_activities_are_copied_over_the_weekend_into_an_empty_report_only()
    {
        var w = await CreateAsync(Db);
        var file = new AttachmentUpload("notula.pdf", "%PDF-1.4 notula"u8.ToArray());
        await w.AddAsync(Db, w.StaffA, Friday, At(Friday, 15), Activity(8, 10, "Rapat koordinasi"), file);
        await w.AddAsync(Db, w.StaffA, Friday, At(Friday, 15), Activity(10, 12, "Menyusun surat"));

        var copied = await w.AsAsync<ReportEditingService, CommandResult<DailyReport>>(Db, w.StaffA, At(Monday, 8), s => s.CopyPreviousAsync(Monday, CancellationToken.None));
        Assert.True(copied.IsDone, string.Join("; ", copied.Problems));
        var day = await w.AsAsync<ReportEditingService, ReportDayView>(Db, w.StaffA, At(Monday, 8), async s => (await s.DayAsync(Monday, CancellationToken.None)).Value!);
        Assert.Equal(["Rapat koordinasi", "Menyusun surat"], day.Activities.Select(a => a.Description));
        Assert.All(day.Activities, a => Assert.Null(a.AttachmentName));
        Assert.Equal(ReportStatus.Draft, day.Status);

        var twice = await w.AsAsync<ReportEditingService, CommandResult<DailyReport>>(Db, w.StaffA, At(Monday, 8), s => s.CopyPreviousAsync(Monday, CancellationToken.None));
        Assert.Equal("activities", Assert.Single(twice.Problems).Where);
        var nothing = await w.AsAsync<ReportEditingService, CommandResult<DailyReport>>(Db, w.StaffB, At(Monday, 8), s => s.CopyPreviousAsync(Monday, CancellationToken.None));
        Assert.Equal("tidak ada kegiatan pada hari kerja sebelumnya (2025-10-03) untuk disalin", Assert.Single(nothing.Problems).Message);
    }

    [Fact]
    public async Task Replacing_the_day_keeps_changed_activities_adds_new_ones_and_removes_the_rest()
    {
        var w = await CreateAsync(Db);
        var clock = At(Friday, 15);
        var first = (await w.AddAsync(Db, w.StaffA, Friday, clock, Activity(8, 9, "Satu"))).Value!;
        await w.AddAsync(Db, w.StaffA, Friday, clock, Activity(9, 10, "Dua"));
        var replaced = await w.AsAsync<ReportEditingService, CommandResult<DailyReport>>(Db, w.StaffA, clock, s => s.ReplaceActivitiesAsync(Friday,
            [new ActivityInput(first.Id, new TimeOnly(8, 0), new TimeOnly(9, 30), "Satu diubah", 2, "berkas", null),
             new ActivityInput(null, new TimeOnly(13, 0), new TimeOnly(14, 0), "Tiga", 1, "kegiatan", null)], CancellationToken.None));
        Assert.True(replaced.IsDone, string.Join("; ", replaced.Problems));
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var stored = await scope.Db.ReportActivities.OrderBy(a => a.Start).Select(a => new { a.Id, a.Description }).ToListAsync();
        Assert.Equal([(first.Id, "Satu diubah"), (stored[1].Id, "Tiga")], stored.Select(s => (s.Id, s.Description)));

        var wrong = await w.AsAsync<ReportEditingService, CommandResult<DailyReport>>(Db, w.StaffA, clock, s => s.ReplaceActivitiesAsync(Friday,
            [new ActivityInput(Guid.NewGuid(), new TimeOnly(8, 0), new TimeOnly(7, 0), "x", 1, "x", null)], CancellationToken.None));
        Assert.Equal(["activities[0].id", "activities[0].end"], wrong.Problems.Select(p => p.Where));
    }

    public sealed class OnSqlite(SqliteFixture db) : ReportSubmissionTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ReportSubmissionTests(db), IClassFixture<PostgresFixture>;
}
