using Sikerja.Domain.Access;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Attendance.PresenceWorld;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>
/// The office presence list of a day: WFO staff from their office check-ins, WFH staff who came in on an approved
/// request, visitors from the desk, each with times; read by those who trace contacts and nobody else.
/// </summary>
public abstract class PresenceTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task<CommandResult<PresenceList>> ListAsync(Guid account, Guid unit, DateOnly day)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<PresenceService>().ListAsync(unit, day, CancellationToken.None);
    }

    [Fact]
    public async Task The_list_has_office_staff_requested_staff_and_visitors_with_their_times()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 1);
        await w.OfficeAsync(Db);
        var t = w.Tenant.Id;
        var d = w.Today;
        await AddAsync(Db, t,
            CheckIn(t, w.Head, d, CheckDirection.In, WorkMode.Office, new TimeOnly(7, 25), w.Dinas.Id),
            CheckIn(t, w.Head, d, CheckDirection.Out, WorkMode.Office, new TimeOnly(16, 5), w.Dinas.Id),
            CheckIn(t, w.StaffA[0], d, CheckDirection.In, WorkMode.Office, new TimeOnly(12, 1), w.Dinas.Id),
            CheckIn(t, w.StaffB[0], d, CheckDirection.In, WorkMode.Home, new TimeOnly(7, 31), null),
            CheckIn(t, w.StaffB[1], d.AddDays(-1), CheckDirection.In, WorkMode.Office, new TimeOnly(7, 31), w.Dinas.Id),
            new OfficeWorkRequest { TenantId = t, EmployeeId = w.StaffA[0].Id, Date = d, Reason = "rapat", Status = RequestStatus.Approved, RequestedAt = DateTime.UtcNow });
        Guid visitId;
        await using (var scope = await AsAsync(w.AdminAccount))
        {
            var visit = await scope.Get<PresenceService>().RegisterVisitAsync(
                new VisitInput(w.Dinas.Id, "Budi Santoso", "0812-3456-7890", w.Head.Id, null), CancellationToken.None);
            Assert.True(visit.IsDone, string.Join("; ", visit.Problems));
            Assert.Equal("+6281234567890", visit.Value!.Phone);
            visitId = visit.Value.Id;
            var left = await scope.Get<PresenceService>().LeaveAsync(visitId, new VisitLeaveInput(), CancellationToken.None);
            Assert.True(left.IsDone);
            Assert.Equal(CommandStatus.Refused, (await scope.Get<PresenceService>().LeaveAsync(visitId, new VisitLeaveInput(), CancellationToken.None)).Status);
            var bad = await scope.Get<PresenceService>().RegisterVisitAsync(new VisitInput(w.Dinas.Id, " ", "12", null, null), CancellationToken.None);
            Assert.Equal(["metName", "phone", "visitorName"], bad.Problems.Select(p => p.Where).Order());
        }

        var list = (await ListAsync(w.AdminAccount, w.Dinas.Id, d)).Value!;

        Assert.False(list.Reduced);
        Assert.Equal((2, 1), (list.Employees, list.Visitors));
        Assert.Equal(["Budi Santoso", "Kepala Dinas", "Staf A1"], list.Rows.Select(r => r.Name).Order());
        var head = list.Rows.Single(r => r.Name == "Kepala Dinas");
        Assert.Equal((PresenceKind.Scheduled, Utc(d, new TimeOnly(7, 25)), Utc(d, new TimeOnly(16, 5))), (head.Kind, head.In, head.Out));
        var requested = list.Rows.Single(r => r.Name == "Staf A1");
        Assert.Equal((PresenceKind.Requested, Utc(d, new TimeOnly(12, 1)), (DateTime?)null), (requested.Kind, requested.In, requested.Out));
        var visitor = list.Rows.Single(r => r.Kind == PresenceKind.Visitor);
        Assert.Equal(("Budi Santoso", "+6281234567890", "Kepala Dinas", visitId), (visitor.Name, visitor.Phone, visitor.Met, visitor.VisitId));
        Assert.NotNull(visitor.Out);
        Assert.DoesNotContain(list.Rows, r => r.Name is "Staf B1" or "Staf B2");

        await using (var scope = await AsAsync(w.AdminAccount))
        {
            var time = scope.Get<TenantTime>();
            var workbook = scope.Get<PresenceExport>().Write(list);
            using var stream = new MemoryStream(workbook);
            var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(4, rows.Count);
            Assert.Contains(rows, r => r.Values.Contains("Kepala Dinas") && r.Values.Contains(time.Format(Utc(d, new TimeOnly(7, 25)), "HH:mm")) && r.Values.Contains(time.Format(Utc(d, new TimeOnly(16, 5)), "HH:mm")));
            Assert.Contains(rows, r => r.Values.Contains("Budi Santoso") && r.Values.Contains("+6281234567890"));
        }
    }

    [Fact]
    public async Task Health_officers_and_the_agency_read_the_list_and_nobody_else()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 1);
        await w.OfficeAsync(Db);
        await AddAsync(Db, w.Tenant.Id, CheckIn(w.Tenant.Id, w.Head, w.Today, CheckDirection.In, WorkMode.Office, new TimeOnly(7, 0), w.Dinas.Id));
        var health = await w.Tenant.AccountAsync(null, Role.HealthOfficer);
        var dinasAdmin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Dinas);
        var otherAgency = await w.Tenant.UnitAsync($"{w.Tenant.Code}.disdik", Domain.Organisation.OrgUnitType.Agency);
        var otherAdmin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, otherAgency);
        var staff = await w.AccountOfAsync(Db, w.StaffA[0]);
        var stranger = await (await NewTenantAsync()).AccountAsync(null, Role.TenantAdmin);

        Assert.Single((await ListAsync(health, w.Dinas.Id, w.Today)).Value!.Rows);
        Assert.Single((await ListAsync(dinasAdmin, w.Dinas.Id, w.Today)).Value!.Rows);
        Assert.Equal(CommandStatus.Forbidden, (await ListAsync(staff, w.Dinas.Id, w.Today)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await ListAsync(await w.AccountOfAsync(Db, w.Head), w.Dinas.Id, w.Today)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await ListAsync(otherAdmin, w.Dinas.Id, w.Today)).Status);
        Assert.Equal(CommandStatus.NotFound, (await ListAsync(stranger, w.Dinas.Id, w.Today)).Status);
        await using (var scope = await AsAsync(stranger))
        {
            Assert.Empty(await scope.Get<PresenceService>().OfficesAsync(CancellationToken.None));
        }
        await using (var scope = await AsAsync(health))
        {
            var visit = await scope.Get<PresenceService>().RegisterVisitAsync(new VisitInput(w.Dinas.Id, "Tamu", "081234567890", null, "Sekretaris"), CancellationToken.None);
            Assert.Equal(CommandStatus.Forbidden, visit.Status);
        }
        Assert.Equal(CommandStatus.Refused, (await ListAsync(w.AdminAccount, w.SeksiA.Id, w.Today)).Status);
    }

    public sealed class OnSqlite(SqliteFixture db) : PresenceTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : PresenceTests(db), IClassFixture<PostgresFixture>;
}
