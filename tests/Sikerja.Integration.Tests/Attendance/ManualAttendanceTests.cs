using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>Attendance recorded by hand (Kebumen): by the employee's agency admin or a tenant admin only, with a reason, audited.</summary>
public abstract class ManualAttendanceTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly DateOnly Monday = AttendanceWorld.Monday;

    private async Task<CommandResult<ManualRecord>> RecordAsync(Guid account, ManualAttendanceInput input)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<ManualAttendanceService>().RecordAsync(input, CancellationToken.None);
    }

    private static ManualAttendanceInput For(Guid employee, string? reason = "Ponsel rusak, presensi dicatat admin") =>
        new(employee, Monday, new TimeOnly(7, 45), new TimeOnly(11, 30), WorkMode.Office, reason);

    private async Task<(int CheckIns, int Audit)> CountsAsync(AttendanceWorld w, Guid employee)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return (await scope.Db.CheckIns.CountAsync(c => c.EmployeeId == employee), await scope.Db.AuditEntries.CountAsync(a => a.EntityType == nameof(CheckIn) && a.TenantId == w.Tenant.Id));
    }

    [Fact]
    public async Task An_agency_admin_records_attendance_by_hand_and_it_is_audited_and_shown_as_manual()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        var recorded = await RecordAsync(w.AgencyAdmin, For(w.Absent.Id));
        Assert.True(recorded.IsDone, string.Join("; ", recorded.Problems));
        Assert.Equal(DailyStatus.PresentAtOffice, recorded.Value!.Day.Status);
        Assert.True(recorded.Value.Day.Manual);

        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var stored = await scope.Db.CheckIns.AsNoTracking().Where(c => c.EmployeeId == w.Absent.Id).OrderBy(c => c.DeviceAt).ToListAsync();
            Assert.Equal([CheckDirection.In, CheckDirection.Out], stored.Select(c => c.Direction));
            Assert.All(stored, c =>
            {
                Assert.Equal(CheckInMethod.Manual, c.Method);
                Assert.Equal("Ponsel rusak, presensi dicatat admin", c.ManualReason);
                Assert.Equal(w.AgencyAdmin, c.RecordedBy);
                Assert.Equal(w.Bidang.Id, c.UnitId);
                Assert.Equal(Monday, c.WorkDate);
            });
            Assert.Equal(AttendanceWorld.Wib(Monday, 7, 45), stored[0].DeviceAt);
            Assert.Equal(0, stored[0].MinutesOff);

            var audit = await scope.Db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(CheckIn) && a.TenantId == w.Tenant.Id).ToListAsync();
            Assert.Equal(stored.Select(c => c.Id.ToString()).Order(), audit.Select(a => a.EntityId).Order());
            Assert.All(audit, a =>
            {
                Assert.Equal(w.AgencyAdmin, a.ActorUserId);
                Assert.Equal("Created", a.Action);
                Assert.Equal(w.Tenant.Id, a.TenantId);
                Assert.Contains("\"Method\":\"Manual\"", a.After);
                Assert.Contains("Ponsel rusak", a.After);
            });
        }

        await using var supervisor = await AsAsync(w.KabidAccount);
        var team = (await supervisor.Get<AttendanceStatusQuery>().TeamAsync(Monday, CancellationToken.None)).Value!;
        var day = team.Rows.Single(r => r.Employee.Id == w.Absent.Id).Day;
        Assert.Equal(DailyStatus.PresentAtOffice, day.Status);
        Assert.True(day.Manual);
    }

    [Fact]
    public async Task Manual_attendance_is_refused_for_another_agency_a_plain_employee_and_another_tenant()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        var other = await AttendanceWorld.CreateAsync(Db);
        var before = await CountsAsync(w, w.Guru.Id);

        Assert.Equal(CommandStatus.Forbidden, (await RecordAsync(w.AgencyAdmin, For(w.Guru.Id))).Status);
        Assert.Equal(CommandStatus.Forbidden, (await RecordAsync(w.KabidAccount, For(w.Absent.Id))).Status);
        Assert.Equal(CommandStatus.Forbidden, (await RecordAsync(w.StaffAccount, For(w.Absent.Id))).Status);
        Assert.Equal(CommandStatus.NotFound, (await RecordAsync(other.TenantAdmin, For(w.Absent.Id))).Status);
        Assert.Equal(CommandStatus.NotFound, (await RecordAsync(other.AgencyAdmin, For(w.Absent.Id))).Status);
        Assert.Equal(before, await CountsAsync(w, w.Guru.Id));
        Assert.Equal(0, (await CountsAsync(w, w.Absent.Id)).CheckIns);

        // A tenant admin may record for any agency.
        var byTenantAdmin = await RecordAsync(w.TenantAdmin, For(w.Guru.Id) with { Date = Monday.AddDays(2), Mode = WorkMode.Home, CheckedOut = null });
        Assert.True(byTenantAdmin.IsDone, string.Join("; ", byTenantAdmin.Problems));
        Assert.Equal(DailyStatus.PresentAtHome, byTenantAdmin.Value!.Day.Status);
    }

    [Fact]
    public async Task A_manual_record_needs_a_reason_a_past_time_and_a_day_without_a_check_in()
    {
        var w = await AttendanceWorld.CreateAsync(Db);
        var noReason = await RecordAsync(w.AgencyAdmin, For(w.Absent.Id, reason: "  "));
        Assert.Equal(CommandStatus.Refused, noReason.Status);
        Assert.Equal("reason", noReason.Problems.Single().Where);

        var backwards = await RecordAsync(w.AgencyAdmin, For(w.Absent.Id) with { CheckedOut = new TimeOnly(7, 0) });
        Assert.Equal("checkedOut", backwards.Problems.Single().Where);

        var future = await RecordAsync(w.AgencyAdmin, For(w.Absent.Id) with { Date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3) });
        Assert.Equal("date", future.Problems.Single().Where);

        var alreadyIn = await RecordAsync(w.AgencyAdmin, For(w.Late.Id));
        Assert.Equal("date", alreadyIn.Problems.Single().Where);
        Assert.Contains(w.Late.Name, alreadyIn.Problems.Single().Message);

        Assert.Equal((0, 0), await CountsAsync(w, w.Absent.Id));
    }

    public sealed class OnSqlite(SqliteFixture db) : ManualAttendanceTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ManualAttendanceTests(db), IClassFixture<PostgresFixture>;
}
