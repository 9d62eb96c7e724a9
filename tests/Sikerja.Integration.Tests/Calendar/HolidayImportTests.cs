using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Calendar;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Calendar;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Calendar;

public abstract class HolidayImportTests(DatabaseFixture db) : DatabaseTest(db)
{
    private const string Ical = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Sikerja//Tes//ID
        BEGIN:VEVENT
        UID:idulfitri-2033@sikerja
        DTSTAMP:20320101T000000Z
        DTSTART;VALUE=DATE:20331222
        DTEND;VALUE=DATE:20331224
        SUMMARY:Idulfitri 1455 H
        END:VEVENT
        BEGIN:VEVENT
        UID:cuti-2033@sikerja
        DTSTAMP:20320101T000000Z
        DTSTART;VALUE=DATE:20331226
        SUMMARY:Cuti Bersama Idulfitri
        END:VEVENT
        END:VCALENDAR
        """;

    private async Task<TestScope> AdminOfNewTenantAsync() => await AsAsync(await (await NewTenantAsync()).AccountAsync(null, Role.TenantAdmin));

    private static Task<List<Holiday>> HolidaysIn(TestScope scope, int year) =>
        scope.Db.Holidays.AsNoTracking().Where(h => h.Date.Year == year).OrderBy(h => h.Date).ToListAsync();

    [Fact]
    public async Task A_valid_csv_is_saved_whole_and_dates_already_there_are_updated()
    {
        await using var scope = await AdminOfNewTenantAsync();
        var holidays = scope.Get<HolidayService>();
        await holidays.CreateAsync(new HolidayInput(new DateOnly(2032, 10, 1), "Hari Jadi", HolidayKind.Regional), CancellationToken.None);
        const string csv = "date,name,kind\n2032-10-01,Hari Jadi Kabupaten ke-450,Libur daerah\n2032-10-02,Cuti bersama Hari Jadi,CollectiveLeave\n";
        var result = await scope.Get<HolidayImporter>().SaveAsync(new HolidayFile(csv, HolidayFileFormat.Csv), CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        Assert.Equal([HolidayChange.Update, HolidayChange.Add], result.Value!.Holidays.Select(h => h.Change));
        Assert.Equal(["Hari Jadi Kabupaten ke-450", "Cuti bersama Hari Jadi"], (await HolidaysIn(scope, 2032)).Select(h => h.Name));
    }

    [Fact]
    public async Task A_csv_with_any_bad_row_reports_every_problem_by_line_and_saves_nothing()
    {
        await using var scope = await AdminOfNewTenantAsync();
        const string csv = "date,name,kind\n2032-10-01,Hari Jadi,Regional\n2032-13-01,Bulan 13,Regional\n2032-10-03,Libur,Libur panjang\n";
        var importer = scope.Get<HolidayImporter>();
        var preview = await importer.PreviewAsync(new HolidayFile(csv, HolidayFileFormat.Csv), CancellationToken.None);
        Assert.Equal(["baris 3", "baris 4"], preview.Value!.Problems.Select(p => p.Where));
        Assert.Single(preview.Value.Holidays);
        var saved = await importer.SaveAsync(new HolidayFile(csv, HolidayFileFormat.Csv), CancellationToken.None);
        Assert.Equal(CommandStatus.Refused, saved.Status);
        Assert.Equal(2, saved.Problems.Count);
        Assert.Empty(await HolidaysIn(scope, 2032));
    }

    [Fact]
    public async Task An_ical_file_gives_one_holiday_per_day_of_each_all_day_event()
    {
        await using var scope = await AdminOfNewTenantAsync();
        var file = new HolidayFile(Ical, HolidayFile.Detect("libur.ics", Ical), HolidayKind.National);
        var result = await scope.Get<HolidayImporter>().SaveAsync(file, CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        var saved = await HolidaysIn(scope, 2033);
        Assert.Equal(
            [(new DateOnly(2033, 12, 22), HolidayKind.National), (new DateOnly(2033, 12, 23), HolidayKind.National), (new DateOnly(2033, 12, 26), HolidayKind.CollectiveLeave)],
            saved.Select(h => (h.Date, h.Kind)));
    }

    [Fact]
    public async Task An_ical_event_with_a_time_is_reported_at_its_line_and_nothing_is_saved()
    {
        await using var scope = await AdminOfNewTenantAsync();
        var withMeeting = Ical.Replace("END:VCALENDAR", """
            BEGIN:VEVENT
            UID:rapat@sikerja
            DTSTAMP:20320101T000000Z
            DTSTART:20331227T020000Z
            DTEND:20331227T040000Z
            SUMMARY:Rapat koordinasi
            END:VEVENT
            END:VCALENDAR
            """, StringComparison.Ordinal);
        var result = await scope.Get<HolidayImporter>().SaveAsync(new HolidayFile(withMeeting, HolidayFileFormat.ICalendar), CancellationToken.None);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("baris 17", problem.Where);
        Assert.Contains("Rapat koordinasi", problem.Message, StringComparison.Ordinal);
        Assert.Empty(await HolidaysIn(scope, 2033));
    }

    [Fact]
    public async Task A_file_that_is_not_an_icalendar_is_one_clear_problem()
    {
        await using var scope = await AdminOfNewTenantAsync();
        var result = await scope.Get<HolidayImporter>().PreviewAsync(new HolidayFile("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2033XX01\n", HolidayFileFormat.ICalendar), CancellationToken.None);
        Assert.False(result.Value!.CanSave);
        Assert.NotEmpty(result.Value.Problems);
    }

    [Fact]
    public async Task Only_a_tenant_admin_imports_and_only_into_their_own_tenant()
    {
        var a = await NewTenantAsync();
        var b = await NewTenantAsync();
        const string csv = "date,name,kind\n2034-01-02,Libur A,Regional\n";
        await using (var employee = await AsAsync(await a.AccountAsync(null)))
        {
            var denied = await employee.Get<HolidayImporter>().SaveAsync(new HolidayFile(csv, HolidayFileFormat.Csv), CancellationToken.None);
            Assert.Equal(CommandStatus.Forbidden, denied.Status);
        }
        await using (var admin = await AsAsync(await a.AccountAsync(null, Role.TenantAdmin)))
        {
            Assert.True((await admin.Get<HolidayImporter>().SaveAsync(new HolidayFile(csv, HolidayFileFormat.Csv), CancellationToken.None)).IsDone);
        }
        await using var check = Db.NewScope().InTenant(b.Id);
        Assert.Empty(await check.Db.Holidays.Where(h => h.Date.Year == 2034).ToListAsync());
    }

    public sealed class OnSqlite(SqliteFixture db) : HolidayImportTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : HolidayImportTests(db), IClassFixture<PostgresFixture>;
}
