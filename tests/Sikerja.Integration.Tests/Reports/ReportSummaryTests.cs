using MiniExcelLibs;
using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Reports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Reports;

/// <summary>Monthly summaries: outputs added up per target, who may read them, and the XLSX export.</summary>
public abstract class ReportSummaryTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<Guid> TargetAsync(ReportsWorld w)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var target = new PerformanceTarget { TenantId = w.Tenant.Id, EmployeeId = w.Ani.Id, Year = 2026, Title = "Laporan surveilans", Quantity = 120, Unit = "laporan", Status = TargetStatus.Agreed };
        scope.Db.PerformanceTargets.Add(target);
        var reports = scope.Db.DailyReports.Where(r => r.EmployeeId == w.Ani.Id).ToDictionary(r => r.WorkDate, r => r.Id);
        void Activity(DateOnly date, decimal quantity, string unit, Guid? targetId) => scope.Db.ReportActivities.Add(new ReportActivity
        {
            TenantId = w.Tenant.Id, ReportId = reports[date], Start = new(8, 0), End = new(10, 0), Description = "Kegiatan", Quantity = quantity, Unit = unit, TargetId = targetId,
        });
        Activity(ReportsWorld.Monday, 3, "laporan", target.Id);
        Activity(ReportsWorld.Tuesday, 2.5m, "laporan", target.Id);
        Activity(ReportsWorld.Tuesday, 4, "dokumen", null);
        Activity(ReportsWorld.Monday, 1, "Dokumen", null);
        // A draft's activities do not count.
        Activity(ReportsWorld.Friday, 50, "laporan", target.Id);
        await scope.Db.SaveChangesAsync();
        return target.Id;
    }

    private async Task<CommandResult<ReportSummary>> SummaryAsync(Guid account, Guid? employee, string month = "2026-06")
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<ReportSummaryQuery>().EmployeeAsync(employee, month, CancellationToken.None);
    }

    [Fact]
    public async Task Outputs_are_added_up_per_target_and_per_unit_without_one()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var target = await TargetAsync(w);
        var summary = (await SummaryAsync(w.AniAccount, null)).Value!;

        Assert.Equal(w.Ani.Id, summary.EmployeeId);
        Assert.Equal(new TargetOutput(target, "Laporan surveilans", "laporan", 5.5m, 120), summary.Outputs[0]);
        // "dokumen" and "Dokumen" are one unit, whichever spelling came first.
        Assert.Null(summary.Outputs[1].TargetId);
        Assert.Equal("dokumen", summary.Outputs[1].Unit, ignoreCase: true);
        Assert.Equal(5m, summary.Outputs[1].Quantity);
        Assert.Equal(2, summary.Outputs.Count);
        Assert.Equal(4, summary.Counts.Required);
        Assert.Equal(2, summary.Counts.Submitted);
        Assert.Equal(1, summary.Counts.Late);
        Assert.Equal([ReportsWorld.Thursday, ReportsWorld.Friday], summary.MissingDays);
    }

    [Fact]
    public async Task The_superior_chain_and_the_agency_admin_read_it_others_do_not()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        Assert.True((await SummaryAsync(w.KabidAccount, w.Ani.Id)).IsDone);
        Assert.True((await SummaryAsync(w.KadisAccount, w.Ani.Id)).IsDone);
        Assert.True((await SummaryAsync(w.AgencyAdmin, w.Ani.Id)).IsDone);
        Assert.Equal(CommandStatus.Forbidden, (await SummaryAsync(w.AgencyAdmin, w.Guru.Id)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await SummaryAsync(w.AniAccount, w.Citra.Id)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await SummaryAsync(w.KabidAccount, w.Kadis.Id)).Status);
        var other = await ReportsWorld.CreateAsync(Db);
        Assert.Equal(CommandStatus.NotFound, (await SummaryAsync(other.TenantAdmin, w.Ani.Id)).Status);
        Assert.Equal("month", Assert.Single((await SummaryAsync(w.AniAccount, null, "06-2026")).Problems).Where);
    }

    [Fact]
    public async Task The_agency_workbook_opens_with_a_row_per_employee_and_their_outputs()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        await TargetAsync(w);
        IReadOnlyList<ReportSummary> summaries;
        await using (var scope = await AsAsync(w.AgencyAdmin))
        {
            var result = await scope.Get<ReportSummaryQuery>().AgencyAsync(w.Dinkes.Id, "2026-06", CancellationToken.None);
            Assert.True(result.IsDone);
            summaries = result.Value!;
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<ReportSummaryQuery>().AgencyAsync(w.Disdik.Id, "2026-06", CancellationToken.None)).Status);
        }
        var file = ReportSummaryWorkbook.Write(summaries, new DateOnly(2026, 6, 1), "dinkes");

        using var stream = new MemoryStream(file.Content);
        Assert.Equal([ReportSummaryWorkbook.SummarySheet, ReportSummaryWorkbook.OutputSheet], MiniExcel.GetSheetNames(stream));
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: ReportSummaryWorkbook.SummarySheet).Cast<IDictionary<string, object>>().ToList();
        // The Kepala Dinas, the Kepala Bidang, the five staff and the admin: the teacher is in another agency.
        Assert.Equal(8, rows.Count);
        var ani = rows.Single(r => (string)r["Nama"] == "Ani Rumah");
        Assert.Equal(4d, Convert.ToDouble(ani["Wajib lapor"]));
        Assert.Equal(1d, Convert.ToDouble(ani["Terlambat"]));
        Assert.Equal("2026-06-04, 2026-06-05", ani["Tanggal tidak mengirim"]);
        var outputs = MiniExcel.Query(stream, useHeaderRow: true, sheetName: ReportSummaryWorkbook.OutputSheet).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, outputs.Count);
        Assert.Equal(5.5d, Convert.ToDouble(outputs.Single(o => (string)o["Sasaran kinerja"] == "Laporan surveilans")["Jumlah bulan ini"]));
    }

    public sealed class OnSqlite(SqliteFixture db) : ReportSummaryTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ReportSummaryTests(db), IClassFixture<PostgresFixture>;
}
