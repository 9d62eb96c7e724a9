using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>
/// Morning assembly: scheduled by admins within their reach, attended once however often the phone sends it,
/// recorded by hand with a reason, and the absentees listed apart from those sick or off that day.
/// </summary>
public abstract class AssemblyTests(DatabaseFixture db) : DatabaseTest(db)
{
    /// <summary>An assembly of the Dinas starting this minute (so that it runs now), scheduled by the tenant admin.</summary>
    private async Task<Assembly> RunningAssemblyAsync(PublishedRosterWorld w, Guid? unit)
    {
        await using var scope = await AsAsync(w.AdminAccount);
        var now = scope.Get<TenantTime>().Clock.LocalNow;
        var result = await scope.Get<AssemblyService>().ScheduleAsync(
            new AssemblyInput(DateOnly.FromDateTime(now), new TimeOnly(now.Hour, now.Minute), "Apel pagi daring", "https://meet.example.id/apel", null, unit),
            CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        return result.Value!;
    }

    private async Task<CommandResult<AssemblyReceipt>> AttendAsync(Guid account, Guid assembly, Guid clientId)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<AssemblyService>().AttendAsync(assembly, new AssemblyAttendInput(clientId, DateTime.UtcNow), CancellationToken.None);
    }

    [Fact]
    public async Task Attendance_is_stored_once_however_often_and_however_concurrently_it_is_sent()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 2);
        var assembly = await RunningAssemblyAsync(w, w.Dinas.Id);
        var staff = await w.AccountOfAsync(Db, w.StaffA[0]);
        var clientId = Guid.NewGuid();

        var first = await AttendAsync(staff, assembly.Id, clientId);
        var retry = await AttendAsync(staff, assembly.Id, clientId);
        var secondTap = await AttendAsync(staff, assembly.Id, Guid.NewGuid());

        Assert.False(first.Value!.Duplicate);
        Assert.Equal(CheckInMethod.Online, first.Value.Attendance.Method);
        Assert.True(retry.Value!.Duplicate);
        Assert.True(secondTap.Value!.Duplicate);
        Assert.Equal(first.Value.Attendance.Id, retry.Value.Attendance.Id);
        Assert.Equal(first.Value.Attendance.Id, secondTap.Value.Attendance.Id);

        var other = await w.AccountOfAsync(Db, w.StaffB[0]);
        var concurrentId = Guid.NewGuid();
        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AttendAsync(other, assembly.Id, concurrentId)));
        Assert.All(together, r => Assert.True(r.IsDone, string.Join("; ", r.Problems)));
        Assert.Single(together, r => !r.Value!.Duplicate);
        Assert.Single(together.Select(r => r.Value!.Attendance.Id).Distinct());

        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Equal(2, await scope.Db.AssemblyAttendances.CountAsync(a => a.AssemblyId == assembly.Id));
    }

    [Fact]
    public async Task The_report_lists_who_came_the_absentees_and_apart_those_sick_or_off()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 2);
        await w.SickAsync(Db, w.StaffB[2], w.Today, w.Today);
        var assembly = await RunningAssemblyAsync(w, w.Dinas.Id);
        Assert.True((await AttendAsync(await w.AccountOfAsync(Db, w.StaffA[0]), assembly.Id, Guid.NewGuid())).IsDone);
        await using (var scope = await AsAsync(w.AdminAccount))
        {
            var manual = await scope.Get<AssemblyService>().RecordAsync(assembly.Id, new AssemblyManualInput(w.StaffA[1].Id, "tidak ada sinyal di rumah"), CancellationToken.None);
            Assert.True(manual.IsDone, string.Join("; ", manual.Problems));
            var again = await scope.Get<AssemblyService>().RecordAsync(assembly.Id, new AssemblyManualInput(w.StaffA[1].Id, "dua kali"), CancellationToken.None);
            Assert.Equal(CommandStatus.Refused, again.Status);
            var noReason = await scope.Get<AssemblyService>().RecordAsync(assembly.Id, new AssemblyManualInput(w.StaffA[2].Id, " "), CancellationToken.None);
            Assert.Equal("reason", Assert.Single(noReason.Problems).Where);
        }

        AssemblyReport report;
        await using (var scope = await AsAsync(w.AdminAccount))
        {
            report = (await scope.Get<AssemblyService>().ReportAsync(assembly.Id, CancellationToken.None)).Value!;
        }
        Assert.Equal([w.StaffA[0].Id, w.StaffA[1].Id], report.Attended.Select(a => a.Person.EmployeeId).Order());
        Assert.Equal("tidak ada sinyal di rumah", report.Attended.Single(a => a.Method == CheckInMethod.Manual).ManualReason);
        var excused = Assert.Single(report.Excused);
        Assert.Equal((w.StaffB[2].Id, UnavailabilityCause.Sick), (excused.Person.EmployeeId, excused.Cause));
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            // Everyone active under the Dinas who neither came nor was excused: the head, the rest of the staff, the admin.
            var expected = await scope.Db.Employees.Where(e => e.IsActive).Select(e => e.Id).ToListAsync();
            Assert.Equal(
                expected.Except([w.StaffA[0].Id, w.StaffA[1].Id, w.StaffB[2].Id]).Order(),
                report.Absent.Select(p => p.EmployeeId).Order());
        }
    }

    [Fact]
    public async Task Only_those_within_reach_schedule_see_and_read_an_assembly()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 1);
        var seksiAAssembly = await RunningAssemblyAsync(w, w.SeksiA.Id);
        var other = await w.Tenant.UnitAsync($"{w.Tenant.Code}.disdik", Domain.Organisation.OrgUnitType.Agency);
        var otherAdmin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, other);
        var dinasAdmin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Dinas);
        var staffB = await w.AccountOfAsync(Db, w.StaffB[0]);
        var staffA = await w.AccountOfAsync(Db, w.StaffA[0]);
        var input = new AssemblyInput(w.Today.AddDays(1), new TimeOnly(7, 30), "Apel", null, "Halaman kantor", w.Dinas.Id);

        await using (var scope = await AsAsync(otherAdmin))
        {
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<AssemblyService>().ScheduleAsync(input, CancellationToken.None)).Status);
            Assert.Equal(CommandStatus.NotFound, (await scope.Get<AssemblyService>().ReportAsync(seksiAAssembly.Id, CancellationToken.None)).Status);
        }
        await using (var scope = await AsAsync(dinasAdmin))
        {
            Assert.True((await scope.Get<AssemblyService>().ScheduleAsync(input, CancellationToken.None)).IsDone);
            var everyone = await scope.Get<AssemblyService>().ScheduleAsync(input with { UnitId = null }, CancellationToken.None);
            Assert.Equal("unitId", Assert.Single(everyone.Problems).Where);
            Assert.True((await scope.Get<AssemblyService>().ReportAsync(seksiAAssembly.Id, CancellationToken.None)).IsDone);
        }
        await using (var scope = await AsAsync(staffA))
        {
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<AssemblyService>().ScheduleAsync(input, CancellationToken.None)).Status);
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<AssemblyService>().ReportAsync(seksiAAssembly.Id, CancellationToken.None)).Status);
            var mine = (await scope.Get<AssemblyService>().ListAsync(w.Today, w.Today.AddDays(1), CancellationToken.None)).Value!;
            Assert.Equal(2, mine.Count);
            Assert.All(mine, a => Assert.True(a.MustAttend));
        }
        await using (var scope = await AsAsync(staffB))
        {
            // Seksi B is not under Seksi A: its staff neither see that assembly nor attend it.
            var mine = (await scope.Get<AssemblyService>().ListAsync(w.Today, w.Today.AddDays(1), CancellationToken.None)).Value!;
            Assert.DoesNotContain(mine, a => a.Assembly.Id == seksiAAssembly.Id);
        }
        Assert.Equal(CommandStatus.NotFound, (await AttendAsync(staffB, seksiAAssembly.Id, Guid.NewGuid())).Status);
        var stranger = await (await NewTenantAsync()).AccountAsync(null, Role.TenantAdmin);
        await using (var scope = await AsAsync(stranger))
        {
            Assert.Equal(CommandStatus.NotFound, (await scope.Get<AssemblyService>().ReportAsync(seksiAAssembly.Id, CancellationToken.None)).Status);
        }
    }

    public sealed class OnSqlite(SqliteFixture db) : AssemblyTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : AssemblyTests(db), IClassFixture<PostgresFixture>;
}
