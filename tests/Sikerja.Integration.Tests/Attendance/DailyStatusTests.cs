using Sikerja.Domain.Access;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>Daily status read from stored rosters and check-ins, as a supervisor, an agency admin and an employee may see it.</summary>
public abstract class DailyStatusTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly DateOnly Monday = AttendanceWorld.Monday;

    private async Task<TeamDay> TeamAsync(Guid account, DateOnly date)
    {
        await using var scope = await AsAsync(account);
        var team = await scope.Get<AttendanceStatusQuery>().TeamAsync(date, CancellationToken.None);
        Assert.True(team.IsDone);
        return team.Value!;
    }

    private async Task<CommandResult<AgencyDay>> AgencyAsync(Guid account, Guid agency, DailyStatus? filter = null)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<AttendanceStatusQuery>().AgencyAsync(agency, Monday, filter, CancellationToken.None);
    }

    [Fact]
    public async Task A_supervisor_sees_each_member_of_the_team_with_one_status()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        var team = await TeamAsync(w.KabidAccount, Monday);

        var byId = team.Rows.ToDictionary(r => r.Employee.Id, r => r.Day);
        Assert.Equal(w.Staff.Select(e => e.Id).Order(), byId.Keys.Order());
        Assert.Equal(DailyStatus.PresentAtOffice, byId[w.AtOffice.Id].Status);
        Assert.Equal(0, byId[w.AtOffice.Id].EarlyLeaveMinutes);
        Assert.Equal(DailyStatus.PresentAtHome, byId[w.AtHome.Id].Status);
        Assert.Equal(DailyStatus.Late, byId[w.Late.Id].Status);
        Assert.Equal(40, byId[w.Late.Id].LateMinutes);
        Assert.True(byId[w.Late.Id].NoCheckOut);
        Assert.Equal(DailyStatus.Absent, byId[w.Absent.Id].Status);
        Assert.Equal(DailyStatus.Sick, byId[w.Sick.Id].Status);
        Assert.Equal(DailyStatus.OnLeave, byId[w.OnLeave.Id].Status);
        Assert.Equal(DailyStatus.PresentAtOffice, byId[w.WrongMode.Id].Status);
        Assert.True(byId[w.WrongMode.Id].NotScheduled);
        Assert.False(byId[w.AtOffice.Id].NotScheduled);
        Assert.Equal(AttendanceWorld.Wib(Monday, 7, 35), byId[w.AtOffice.Id].CheckedInAt);

        Assert.Equal(2, team.Counts[DailyStatus.PresentAtOffice]);
        Assert.Equal(1, team.Counts[DailyStatus.Late]);
        Assert.Equal(7, team.Counts.Total);
        Assert.False(team.IsToday);
        // Who needs a look comes first.
        Assert.Equal(w.Absent.Id, team.Rows[0].Employee.Id);
    }

    [Fact]
    public async Task A_holiday_is_off_for_everyone()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        var team = await TeamAsync(w.KabidAccount, AttendanceWorld.Holiday);
        Assert.Equal(7, team.Counts[DailyStatus.Off]);
        Assert.All(team.Rows, r => Assert.Equal(DailyStatus.Off, r.Day.Status));
    }

    [Fact]
    public async Task A_supervisor_sees_only_the_chain_below_and_another_tenant_nothing()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        var other = await AttendanceWorld.CreateAsync(Db);

        var kadisTeam = await TeamAsync(w.KadisAccount, Monday);
        Assert.Contains(kadisTeam.Rows, r => r.Employee.Id == w.Kabid.Id);
        Assert.Equal(9, kadisTeam.Rows.Count);
        Assert.DoesNotContain(kadisTeam.Rows, r => r.Employee.Id == w.Kadis.Id || r.Employee.Id == w.Guru.Id);

        Assert.DoesNotContain((await TeamAsync(w.KabidAccount, Monday)).Rows, r => r.Employee.Id == w.Kadis.Id || r.Employee.Id == w.Kabid.Id);
        Assert.Empty((await TeamAsync(w.StaffAccount, Monday)).Rows);

        var otherTeam = await TeamAsync(other.KabidAccount, Monday);
        Assert.Equal(other.Staff.Select(e => e.Id).Order(), otherTeam.Rows.Select(r => r.Employee.Id).Order());
    }

    [Fact]
    public async Task An_agency_admin_sees_the_agency_by_status_and_unit_and_nothing_else()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        var other = await AttendanceWorld.CreateAsync(Db);

        var day = await AgencyAsync(w.AgencyAdmin, w.Dinkes.Id);
        Assert.True(day.IsDone);
        var a = day.Value!;
        Assert.Equal(10, a.Counts.Total);
        Assert.Equal(10, a.Rows.Count);
        Assert.Equal(2, a.Counts[DailyStatus.Absent]);
        Assert.Equal(4, a.Counts[DailyStatus.PresentAtOffice]);
        Assert.Equal(8, a.Units.Single(u => u.UnitId == w.Bidang.Id).Counts.Total);
        Assert.Equal(2, a.Units.Single(u => u.UnitId == w.Dinkes.Id).Counts.Total);
        Assert.DoesNotContain(a.Rows, r => r.Employee.Id == w.Guru.Id);

        var late = (await AgencyAsync(w.AgencyAdmin, w.Dinkes.Id, DailyStatus.Late)).Value!;
        Assert.Equal([w.Late.Id], late.Rows.Select(r => r.Employee.Id));
        Assert.Equal(10, late.Counts.Total);

        Assert.Equal(CommandStatus.Forbidden, (await AgencyAsync(w.AgencyAdmin, w.Disdik.Id)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await AgencyAsync(w.KabidAccount, w.Dinkes.Id)).Status);
        Assert.Equal(CommandStatus.NotFound, (await AgencyAsync(other.TenantAdmin, w.Dinkes.Id)).Status);
        Assert.Equal(CommandStatus.NotFound, (await AgencyAsync(other.AgencyAdmin, w.Dinkes.Id)).Status);
        var disdik = await AgencyAsync(w.TenantAdmin, w.Disdik.Id);
        Assert.Equal([w.Guru.Id], disdik.Value!.Rows.Select(r => r.Employee.Id));
        Assert.Equal(DailyStatus.PresentAtOffice, disdik.Value.Rows[0].Day.Status);
    }

    [Fact]
    public async Task An_employee_reads_their_own_day()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        await using var scope = await AsAsync(w.StaffAccount);
        var mine = await scope.Get<AttendanceStatusQuery>().MineAsync(Monday, CancellationToken.None);
        Assert.Equal(w.AtOffice.Id, mine.Value!.Row.Employee.Id);
        Assert.Equal(DailyStatus.PresentAtOffice, mine.Value.Row.Day.Status);
        Assert.Equal(WorkMode.Office, mine.Value.Row.Day.Mode);

        var admin = await w.Tenant.AccountAsync(null, Role.TenantAdmin);
        await using var withoutEmployee = await AsAsync(admin);
        Assert.Equal(CommandStatus.Forbidden, (await withoutEmployee.Get<AttendanceStatusQuery>().MineAsync(Monday, CancellationToken.None)).Status);
    }

    public sealed class OnSqlite(SqliteFixture db) : DailyStatusTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : DailyStatusTests(db), IClassFixture<PostgresFixture>;
}
