using System.Text.Json;
using Sikerja.Domain.Access;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Imports;

/// <summary>The organisation parts of a roster scenario, in the shape of shared/spec/roster-scenario.md.</summary>
public abstract class ScenarioExportTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<JsonElement> ExportAsync(Guid user, DateOnly? from = null, DateOnly? to = null)
    {
        await using var scope = await AsAsync(user);
        var result = await scope.Get<ScenarioExport>().ExportAsync(from, to, CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        return JsonDocument.Parse(result.Value!.ToJson()).RootElement;
    }

    [Fact]
    public async Task The_scenario_parts_follow_the_spec()
    {
        var t = await NewTenantAsync();
        var setda = await t.UnitAsync("setda", OrgUnitType.Secretariat);
        var hukum = await t.UnitAsync("setda.hukum", OrgUnitType.Division, setda);
        var closed = await t.UnitAsync("setda.lama", OrgUnitType.Division, setda);
        var sekda = await t.EmployeeAsync(setda, PositionLevel.Jpt, head: true, name: "Sekda");
        var staf = await t.EmployeeAsync(hukum, PositionLevel.Staff, name: "Staf", priorityHome: true);
        await using (var scope = Db.NewScope().InTenant(t.Id))
        {
            scope.Db.Holidays.AddRange(
                new Holiday { TenantId = t.Id, Date = new DateOnly(2020, 3, 25), Name = "Nyepi", Kind = HolidayKind.National },
                new Holiday { TenantId = t.Id, Date = new DateOnly(2020, 5, 22), Name = "Cuti bersama", Kind = HolidayKind.CollectiveLeave });
            (await scope.Db.OrgUnits.FindAsync(closed.Id))!.IsClosed = true;
            scope.Db.Employees.Find(sekda.Id)!.Title = "Sekda";
            await scope.Db.SaveChangesAsync();
        }
        var admin = await t.AccountAsync(null, Role.TenantAdmin);

        var json = await ExportAsync(admin, new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 31));

        Assert.Equal(["tenant", "calendar", "units", "employees"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Pemerintah Kabupaten Uji", json.GetProperty("tenant").GetProperty("name").GetString());
        Assert.Equal("Asia/Jakarta", json.GetProperty("tenant").GetProperty("timeZone").GetString());
        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri"], json.GetProperty("calendar").GetProperty("workDays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["2020-03-25"], json.GetProperty("calendar").GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
        var units = json.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(["setda", "setda.hukum"], units.Select(u => u.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, units[0].GetProperty("parent").ValueKind);
        Assert.Equal(("Unit setda", "Secretariat"), (units[0].GetProperty("name").GetString(), units[0].GetProperty("type").GetString()));
        Assert.Equal(("Division", "setda"), (units[1].GetProperty("type").GetString(), units[1].GetProperty("parent").GetString()));
        var employees = json.GetProperty("employees").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        var head = employees["Sekda"];
        Assert.Equal((sekda.Nip, "setda", "Pns", "Jpt", "Sekda", "setda", false),
            (head.GetProperty("id").GetString(), head.GetProperty("unit").GetString(), head.GetProperty("employment").GetString(),
             head.GetProperty("level").GetString(), head.GetProperty("title").GetString(), head.GetProperty("headOf").GetString(), head.GetProperty("priorityHome").GetBoolean()));
        var member = employees["Staf"];
        Assert.Equal((staf.Nip, "Staff", true), (member.GetProperty("id").GetString(), member.GetProperty("level").GetString(), member.GetProperty("priorityHome").GetBoolean()));
        Assert.False(member.TryGetProperty("headOf", out _));
        Assert.False(member.TryGetProperty("title", out _));
        Assert.False(member.TryGetProperty("unavailable", out _));
        Assert.True(Domain.People.Nip.IsValid(member.GetProperty("id").GetString()));

        var agencyView = await ExportAsync(await t.AccountAsync(null, Role.AgencyAdmin, setda));
        Assert.All(agencyView.GetProperty("employees").EnumerateArray(), e => Assert.False(e.TryGetProperty("priorityHome", out _)));
        Assert.Equal(2, agencyView.GetProperty("calendar").GetProperty("holidays").GetArrayLength());
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_refused()
    {
        var t = await NewTenantAsync();
        await using var scope = await AsAsync(await t.AccountAsync(null, Role.TenantAdmin));
        var result = await scope.Get<ScenarioExport>().ExportAsync(new DateOnly(2020, 4, 1), new DateOnly(2020, 3, 1), CancellationToken.None);
        Assert.Equal(CommandStatus.Refused, result.Status);
        Assert.Equal("to", Assert.Single(result.Problems).Where);
    }

    public sealed class OnSqlite(SqliteFixture db) : ScenarioExportTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ScenarioExportTests(db), IClassFixture<PostgresFixture>;
}
