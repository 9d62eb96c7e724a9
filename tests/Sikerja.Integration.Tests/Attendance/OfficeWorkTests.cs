using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Access;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>
/// Office-work permission: a WFH employee asks the direct superior; only the superior decides (never the employee,
/// never someone else); approval makes the day an office day of the published roster, explained and audited, and
/// the employee hears of it.
/// </summary>
public abstract class OfficeWorkTests(DatabaseFixture db) : DatabaseTest(db)
{
    /// <summary>A Seksi A staff member and a day from tomorrow on that the roster gives them at home.</summary>
    private static (Employee Staff, DateOnly Day) AtHome(PublishedRosterWorld w, Dictionary<(Guid Employee, DateOnly Date), RosterEntry> entries) =>
        (from e in w.StaffA
         from day in Enumerable.Range(1, 6).Select(i => w.Today.AddDays(i))
         where entries[(e.Id, day)].Mode == WorkMode.Home
         select (e, day)).First();

    private async Task<CommandResult<OfficeWorkRequest>> AskAsync(Guid account, DateOnly day, string reason = "menyiapkan berkas lelang")
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<OfficeWorkService>().AskAsync(new OfficeWorkInput(day, reason), CancellationToken.None);
    }

    private async Task<CommandResult<OfficeWorkRequest>> DecideAsync(Guid account, Guid request, bool approve)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<OfficeWorkService>().DecideAsync(request, new OfficeWorkDecision(approve, "silakan"), CancellationToken.None);
    }

    [Fact]
    public async Task Approval_by_the_direct_superior_makes_the_day_an_office_day_explained_audited_and_notified()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 7);
        var (staff, day) = AtHome(w, await w.EntriesAsync(Db));
        var staffAccount = await w.AccountOfAsync(Db, staff);
        Assert.Equal(w.Head.Id, staff.SupervisorId);

        var asked = await AskAsync(staffAccount, day);
        Assert.True(asked.IsDone, string.Join("; ", asked.Problems));
        Assert.Equal(RequestStatus.Pending, asked.Value!.Status);
        Assert.Equal("date", Assert.Single((await AskAsync(staffAccount, day)).Problems).Where);

        var headAccount = await w.AccountOfAsync(Db, w.Head);
        await using (var scope = await AsAsync(headAccount))
        {
            var toDecide = (await scope.Get<OfficeWorkService>().ToDecideAsync(CancellationToken.None)).Value!;
            Assert.Equal(asked.Value.Id, Assert.Single(toDecide).Request.Id);
        }
        var approved = await DecideAsync(headAccount, asked.Value.Id, approve: true);
        Assert.True(approved.IsDone, string.Join("; ", approved.Problems));
        Assert.Equal(RequestStatus.Approved, approved.Value!.Status);
        Assert.Equal(CommandStatus.Refused, (await DecideAsync(headAccount, asked.Value.Id, approve: false)).Status);

        var entry = (await w.EntriesAsync(Db))[(staff.Id, day)];
        Assert.Equal((WorkMode.Office, true, 2), (entry.Mode, entry.Overridden, entry.Shifts.Count));
        Assert.Equal(OfficeWorkService.ReasonPrefix + "menyiapkan berkas lelang", entry.OverrideReason);
        await using var check = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Contains(await check.Db.AuditEntries.Where(a => a.TenantId == w.Tenant.Id).Select(a => a.EntityType).ToListAsync(), t => t == nameof(OfficeWorkRequest));
        Assert.True(await check.Db.AuditEntries.AnyAsync(a => a.EntityType == nameof(RosterEntry) && a.ActorUserId == headAccount));
        var notices = await check.Db.Notifications.Where(n => n.EmployeeId == staff.Id).Select(n => n.Title).ToListAsync();
        Assert.Contains("Izin kerja di kantor disetujui", notices);
        Assert.True(await check.Db.Notifications.AnyAsync(n => n.EmployeeId == w.Head.Id && n.Title == "Permohonan kerja di kantor"));
    }

    [Fact]
    public async Task Nobody_decides_their_own_request_nor_anyone_but_the_superior()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 7);
        var (staff, day) = AtHome(w, await w.EntriesAsync(Db));
        var staffAccount = await w.AccountOfAsync(Db, staff);
        var request = (await AskAsync(staffAccount, day)).Value!;

        var own = await DecideAsync(staffAccount, request.Id, approve: true);
        Assert.Equal("permohonan sendiri tidak dapat diputuskan sendiri", Assert.Single(own.Problems).Message);
        var colleague = await w.AccountOfAsync(Db, w.StaffB[0]);
        Assert.Equal(CommandStatus.NotFound, (await DecideAsync(colleague, request.Id, approve: true)).Status);
        var admin = await DecideAsync(w.AdminAccount, request.Id, approve: true);
        Assert.Equal("hanya atasan langsung pemohon yang dapat memutuskan", Assert.Single(admin.Problems).Message);
        var stranger = await (await NewTenantAsync()).AccountAsync(null, Role.TenantAdmin);
        Assert.Equal(CommandStatus.NotFound, (await DecideAsync(stranger, request.Id, approve: true)).Status);

        Assert.Equal(WorkMode.Home, (await w.EntriesAsync(Db))[(staff.Id, day)].Mode);
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Equal(RequestStatus.Pending, (await scope.Db.OfficeWorkRequests.SingleAsync(r => r.Id == request.Id)).Status);
    }

    [Fact]
    public async Task A_day_already_at_the_office_or_without_a_roster_cannot_be_asked_for_and_a_rejection_changes_nothing()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 7);
        var entries = await w.EntriesAsync(Db);
        var headAccount = await w.AccountOfAsync(Db, w.Head);
        var (staff, day) = AtHome(w, entries);
        var staffAccount = await w.AccountOfAsync(Db, staff);
        var officeDay = Enumerable.Range(0, 7).Select(i => w.Today.AddDays(i)).First(d => entries[(staff.Id, d)].Mode == WorkMode.Office);

        Assert.Equal("tanggal itu sudah dijadwalkan bekerja di kantor", Assert.Single((await AskAsync(staffAccount, officeDay)).Problems).Message);
        Assert.Equal("belum ada jadwal piket terbit untuk tanggal itu", Assert.Single((await AskAsync(staffAccount, w.Today.AddDays(30))).Problems).Message);
        Assert.Equal("reason", Assert.Single((await AskAsync(staffAccount, day, " ")).Problems).Where);

        var request = (await AskAsync(staffAccount, day)).Value!;
        var rejected = await DecideAsync(headAccount, request.Id, approve: false);
        Assert.Equal(RequestStatus.Rejected, rejected.Value!.Status);
        Assert.Equal(WorkMode.Home, (await w.EntriesAsync(Db))[(staff.Id, day)].Mode);
        await using var scope = await AsAsync(staffAccount);
        var mine = Assert.Single((await scope.Get<OfficeWorkService>().MineAsync(CancellationToken.None)).Value!);
        Assert.Equal((RequestStatus.Rejected, "silakan"), (mine.Request.Status, mine.Request.DecisionNote));
    }

    public sealed class OnSqlite(SqliteFixture db) : OfficeWorkTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : OfficeWorkTests(db), IClassFixture<PostgresFixture>;
}
