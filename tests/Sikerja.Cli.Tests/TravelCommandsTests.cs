using MiniExcelLibs;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.TravelRecaps;
using Sikerja.Web.Features.TravelRecaps;

namespace Sikerja.Cli.Tests;

/// <summary><c>sikerja travel recap</c> on both databases: an agency's month and the consolidated month as the web exports them, and one clear line for a wrong agency or month.</summary>
public abstract class TravelCommandsTests(DatabaseFixture db) : DatabaseTest(db), IDisposable
{
    private static readonly string Month = RecapWorld.PastMonth.ToString();

    private readonly DatabaseCli cli = new(db);

    public void Dispose()
    {
        cli.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<RecapWorld> WorldAsync()
    {
        var w = await RecapWorld.CreateAsync(Db);
        await w.UsualPermitsAsync(Db, RecapWorld.PastMonth);
        return w;
    }

    private static List<IDictionary<string, object?>> Sheet(string path, string sheet) =>
        [.. MiniExcel.Query(path, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];

    [Fact]
    public async Task An_agency_recap_holds_the_month_trips_of_its_people()
    {
        var w = await WorldAsync();
        var path = cli.PathOf("rekap-dinkes.xlsx");

        Assert.Equal(0, await cli.RunAsync("travel", "recap", "--tenant", w.Tenant.Code, "--month", Month, "--agency", w.Dinkes.Code, "--out", path));
        Assert.Equal("", cli.Error.ToString());
        Assert.Equal($"Written {path}: {w.Dinkes.Name}, {Month}: 4 trip(s) of 3 people.", cli.Out.ToString().Trim());

        Assert.Equal([RecapWorkbook.CountsSheet, RecapWorkbook.LinesSheet], MiniExcel.GetSheetNames(path));
        var lines = Sheet(path, RecapWorkbook.LinesSheet);
        Assert.Equal([w.Kadis.Nip, w.Staff.Nip, w.Staff.Nip, w.Honorer.Nip], lines.Select(l => l["NIP"]?.ToString()));
        Assert.Equal(["Dinas", "Keluarga", "Pribadi", "Keluarga"], lines.Select(l => l["Keperluan"]?.ToString()));
        Assert.DoesNotContain(lines, l => l["NIP"]?.ToString() == w.Guru.Nip);
        var counts = Sheet(path, RecapWorkbook.CountsSheet);
        Assert.Equal(4d, Convert.ToDouble(counts[^1]["Jumlah perjalanan"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Without_an_agency_the_consolidated_recap_lists_every_agency_and_the_submitted_trips()
    {
        var w = await WorldAsync();
        await using (var scope = await AsAsync(w.KadisAccount))
        {
            var signed = await scope.Get<TravelRecapService>().SignOffAsync(w.Dinkes.Id, new SignOffInput(Month, "800/77/Dinkes"), CancellationToken.None);
            Assert.True(signed.IsDone, string.Join("; ", signed.Problems));
        }
        var path = cli.PathOf("rekap.xlsx");

        Assert.Equal(0, await cli.RunAsync("travel", "recap", "--tenant", w.Tenant.Code, "--month", Month, "--out", path));
        Assert.Equal($"Written {path}: 3 agencies, {Month}: 1 submitted, 4 trip(s) on the submitted letters.", cli.Out.ToString().Trim());

        Assert.Equal([RecapWorkbook.AgenciesSheet, RecapWorkbook.CountsSheet, RecapWorkbook.LinesSheet], MiniExcel.GetSheetNames(path));
        var agencies = Sheet(path, RecapWorkbook.AgenciesSheet);
        Assert.Equal([w.Dinkes.Name, w.Disdik.Name, w.Setda.Name], agencies.Select(a => a["Perangkat daerah"]?.ToString()).Order());
        Assert.Equal("800/77/Dinkes", agencies.Single(a => a["Perangkat daerah"]?.ToString() == w.Dinkes.Name)["Nomor surat"]?.ToString());
        Assert.Equal(2, agencies.Count(a => a["Status"]?.ToString() == "Belum disampaikan"));
        // The teacher's trip stays off: the Dinas Pendidikan has not submitted.
        Assert.Equal([w.Dinkes.Name], Sheet(path, RecapWorkbook.LinesSheet).Select(l => l["Perangkat daerah"]?.ToString()).Distinct());
    }

    [Fact]
    public async Task A_wrong_agency_or_month_is_one_line_and_no_file()
    {
        var w = await WorldAsync();
        var path = cli.PathOf("rekap.xlsx");

        Assert.Equal(2, await cli.RunAsync("travel", "recap", "--tenant", w.Tenant.Code, "--month", Month, "--agency", "dinas-lain", "--out", path));
        Assert.Equal($"travel recap: no agency with code 'dinas-lain' in tenant '{w.Tenant.Code}'", cli.Error.ToString().Trim());
        Assert.Equal(2, await cli.RunAsync("travel", "recap", "--tenant", w.Tenant.Code, "--month", "juni", "--out", path));
        Assert.Equal("travel recap: --month 'juni' is not a month; write it as yyyy-MM, e.g. 2026-06", cli.Error.ToString().Trim());
        Assert.Equal(2, await cli.RunAsync("travel", "recap", "--tenant", "tidak-ada", "--month", Month, "--out", path));
        Assert.Equal("travel recap: no tenant with code 'tidak-ada'", cli.Error.ToString().Trim());
        Assert.False(File.Exists(path));

        var nowhere = Path.Combine(cli.PathOf("tidak-ada"), "rekap.xlsx");
        Assert.Equal(2, await cli.RunAsync("travel", "recap", "--tenant", w.Tenant.Code, "--month", Month, "--out", nowhere));
        Assert.StartsWith($"travel recap: cannot write '{nowhere}': ", cli.Error.ToString(), StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteFixture db) : TravelCommandsTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : TravelCommandsTests(db), IClassFixture<PostgresFixture>;
}
