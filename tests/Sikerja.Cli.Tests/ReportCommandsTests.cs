using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Reports;
using Sikerja.Web.Features.Reports;

namespace Sikerja.Cli.Tests;

/// <summary><c>sikerja reports summary|remind</c> on both databases: the agency's workbook as the web exports it, the reminders due now, and one clear line for a wrong tenant, agency or month.</summary>
public abstract class ReportCommandsTests(DatabaseFixture db) : DatabaseTest(db), IDisposable
{
    private readonly DatabaseCli cli = new(db);

    public void Dispose()
    {
        cli.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Summary_writes_the_agency_month_workbook()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var path = cli.PathOf("ringkasan.xlsx");

        Assert.Equal(0, await cli.RunAsync("reports", "summary", "--tenant", w.Tenant.Code, "--agency", w.Dinkes.Code, "--month", "2026-06", "--out", path));
        Assert.Equal("", cli.Error.ToString());
        Assert.Equal($"Written {path}: 8 employee(s) of {w.Dinkes.Code}, 2026-06.", cli.Out.ToString().Trim());

        Assert.Equal([ReportSummaryWorkbook.SummarySheet, ReportSummaryWorkbook.OutputSheet], MiniExcel.GetSheetNames(path));
        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: ReportSummaryWorkbook.SummarySheet).Cast<IDictionary<string, object>>().ToList();
        // The Kepala Dinas, the Kepala Bidang, the five staff and the admin; the teacher is in another agency.
        Assert.Equal(8, rows.Count);
        Assert.DoesNotContain(rows, r => (string)r["NIP"] == w.Guru.Nip);
        var ani = rows.Single(r => (string)r["NIP"] == w.Ani.Nip);
        Assert.Equal(4d, Convert.ToDouble(ani["Wajib lapor"]));
        Assert.Equal(2d, Convert.ToDouble(ani["Dikirim"]));
        Assert.Equal(1d, Convert.ToDouble(ani["Terlambat"]));
        Assert.Equal("2026-06-04, 2026-06-05", ani["Tanggal tidak mengirim"]);
    }

    [Theory]
    [InlineData("tenant", "no tenant with code 'tidak-ada'")]
    [InlineData("agency", "no agency with code 'tidak-ada' in tenant '{tenant}'")]
    [InlineData("division", "unit '{division}' is inside an agency; give the agency's code (a top-level unit)")]
    [InlineData("month", "--month '2026-13' is not a month; write it as yyyy-MM, e.g. 2026-06")]
    public async Task A_wrong_tenant_agency_or_month_is_one_line_and_no_file(string wrong, string message)
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var path = cli.PathOf("ringkasan.xlsx");
        var (tenant, agency, month) = wrong switch
        {
            "tenant" => ("tidak-ada", w.Dinkes.Code, "2026-06"),
            "agency" => (w.Tenant.Code, "tidak-ada", "2026-06"),
            "division" => (w.Tenant.Code, w.Bidang.Code, "2026-06"),
            _ => (w.Tenant.Code, w.Dinkes.Code, "2026-13"),
        };

        Assert.Equal(2, await cli.RunAsync("reports", "summary", "--tenant", tenant, "--agency", agency, "--month", month, "--out", path));
        Assert.Equal($"reports summary: {message.Replace("{tenant}", w.Tenant.Code).Replace("{division}", w.Bidang.Code)}", cli.Error.ToString().Trim());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Remind_sends_what_is_due_now_once()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        cli.Clock = new FakeTimeProvider(new DateTimeOffset(ReportsWorld.Thursday.ToDateTime(new TimeOnly(16, 5)), TimeSpan.FromHours(7)));

        Assert.Equal(0, await cli.RunAsync("reports", "remind", "--tenant", w.Tenant.Code));
        // Thursday at 16:05: three owe today's report; four deadlines have passed without one (as the reminder job counts them).
        Assert.Equal($"Reminded 3 employee(s) of today's report and 4 of missing reports in tenant {w.Tenant.Code}.", cli.Out.ToString().Trim());
        Assert.Equal(0, await cli.RunAsync("reports", "remind", "--tenant", w.Tenant.Code));
        Assert.Equal($"Reminded 0 employee(s) of today's report and 0 of missing reports in tenant {w.Tenant.Code}.", cli.Out.ToString().Trim());

        Assert.Equal(2, await cli.RunAsync("reports", "remind", "--tenant", "tidak-ada"));
        Assert.Equal("reports remind: no tenant with code 'tidak-ada'", cli.Error.ToString().Trim());
    }

    public sealed class OnSqlite(SqliteFixture db) : ReportCommandsTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ReportCommandsTests(db), IClassFixture<PostgresFixture>;
}
