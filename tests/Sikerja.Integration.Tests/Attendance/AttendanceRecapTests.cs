using MiniExcelLibs;
using Sikerja.Domain.Attendance;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>The monthly recap per agency: counts over the month's working days, and the same numbers in the workbook.</summary>
public abstract class AttendanceRecapTests(DatabaseFixture db) : DatabaseTest(db)
{
    /// <summary>June 2026 has 22 weekdays; the world's holiday on the 2nd leaves 21 working days.</summary>
    private const int WorkingDays = 21;

    [Fact]
    public async Task The_recap_counts_each_status_over_the_working_days_of_the_month()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        await using var scope = await AsAsync(w.AgencyAdmin);
        var recap = await scope.Get<AttendanceRecapQuery>().RecapAsync(w.Dinkes.Id, "2026-06", CancellationToken.None);
        Assert.True(recap.IsDone, string.Join("; ", recap.Problems));
        var rows = recap.Value!.Rows.ToDictionary(r => r.Employee.Id);
        Assert.Equal(10, rows.Count);
        Assert.DoesNotContain(w.Guru.Id, rows.Keys);
        Assert.Equal(new DateOnly(2026, 6, 30), recap.Value.To);

        var late = rows[w.Late.Id];
        Assert.Equal(WorkingDays, late.WorkingDays);
        Assert.Equal(1, late.Counts[DailyStatus.Late]);
        Assert.Equal(40, late.LateMinutes);
        Assert.Equal(1, late.NoCheckOuts);
        // No roster and no check-in on the other working days of the month.
        Assert.Equal(WorkingDays - 1, late.Counts[DailyStatus.Absent]);
        Assert.Equal(0, late.Counts[DailyStatus.Off]);

        // In quarantine Monday to Friday: four working days beside the holiday.
        Assert.Equal(4, rows[w.Sick.Id].Counts[DailyStatus.Sick]);
        Assert.Equal(1, rows[w.OnLeave.Id].Counts[DailyStatus.OnLeave]);
        Assert.Equal(1, rows[w.WrongMode.Id].NotScheduledDays);
        Assert.All(rows.Values, r => Assert.Equal(WorkingDays, r.Counts.Total));
    }

    [Fact]
    public async Task The_workbook_holds_the_recap_under_indonesian_headers()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        await using (var admin = await AsAsync(w.AgencyAdmin))
        {
            var manual = await admin.Get<ManualAttendanceService>().RecordAsync(
                new ManualAttendanceInput(w.Absent.Id, AttendanceWorld.Monday, new TimeOnly(8, 0), null, Domain.Rosters.WorkMode.Home, "Tidak ada sinyal"), CancellationToken.None);
            Assert.True(manual.IsDone, string.Join("; ", manual.Problems));
        }
        await using var scope = await AsAsync(w.AgencyAdmin);
        var file = await scope.Get<AttendanceRecapQuery>().WorkbookAsync(w.Dinkes.Id, "2026-06", CancellationToken.None);
        Assert.True(file.IsDone);
        Assert.EndsWith("-2026-06.xlsx", file.Value!.FileName);

        using var stream = new MemoryStream(file.Value.Content);
        Assert.Equal([AttendanceRecapWorkbook.SheetName], MiniExcel.GetSheetNames(stream));
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(10, rows.Count);
        Assert.Contains("Menit terlambat", rows[0].Keys);
        Assert.Contains("Tidak hadir", rows[0].Keys);

        var late = rows.Single(r => (string?)r["Nama"] == w.Late.Name);
        Assert.Equal(w.Late.Nip, late["NIP"]?.ToString());
        Assert.Equal(WorkingDays, Convert.ToInt32(late["Hari kerja"]));
        Assert.Equal(1, Convert.ToInt32(late["Terlambat"]));
        Assert.Equal(40, Convert.ToInt32(late["Menit terlambat"]));
        Assert.Equal(1, Convert.ToInt32(late["Tanpa presensi pulang"]));
        Assert.Equal(WorkingDays - 1, Convert.ToInt32(late["Tidak hadir"]));

        var manualRow = rows.Single(r => (string?)r["Nama"] == w.Absent.Name);
        Assert.Equal(1, Convert.ToInt32(manualRow["Presensi manual"]));
        Assert.Equal(1, Convert.ToInt32(manualRow["Terlambat"]));
    }

    [Fact]
    public async Task A_recap_is_refused_for_a_bad_or_future_month_and_another_agency()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        await using var scope = await AsAsync(w.AgencyAdmin);
        var query = scope.Get<AttendanceRecapQuery>();
        Assert.Equal("month", (await query.RecapAsync(w.Dinkes.Id, "Juni 2026", CancellationToken.None)).Problems.Single().Where);
        Assert.Equal("month", (await query.RecapAsync(w.Dinkes.Id, "2099-01", CancellationToken.None)).Problems.Single().Where);
        Assert.Equal(CommandStatus.Forbidden, (await query.RecapAsync(w.Disdik.Id, "2026-06", CancellationToken.None)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await query.WorkbookAsync(w.Disdik.Id, "2026-06", CancellationToken.None)).Status);
    }

    public sealed class OnSqlite(SqliteFixture db) : AttendanceRecapTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : AttendanceRecapTests(db), IClassFixture<PostgresFixture>;
}
