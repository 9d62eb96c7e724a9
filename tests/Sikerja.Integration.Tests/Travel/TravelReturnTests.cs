using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Integration.Tests.Attendance;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Travel;

namespace Sikerja.Integration.Tests.Travel;

/// <summary>
/// What a trip does to the working days: the quarantine after a high-risk trip becomes unavailability and the
/// published roster is repaired; an approved official trip makes its days official travel in the daily status.
/// </summary>
public abstract class TravelReturnTests(DatabaseFixture db) : DatabaseTest(db)
{
    private async Task SettingsAsync(PublishedRosterWorld w, int quarantineDays)
    {
        await using var scope = await AsAsync(w.AdminAccount);
        var saved = await scope.Get<TravelSettingsService>().SaveAsync(new TravelSettingsInput(
            "64.02", [ApprovalStep.DirectSuperior, ApprovalStep.AgencyHead], [ApprovalStep.DirectSuperior, ApprovalStep.AgencyHead],
            ApprovalStep.Sekda, 72, quarantineDays, null), CancellationToken.None);
        Assert.True(saved.IsDone, string.Join("; ", saved.Problems));
    }

    [Fact]
    public async Task Returning_from_a_high_risk_region_quarantines_the_employee_and_repairs_the_published_roster()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 10);
        await SettingsAsync(w, quarantineDays: 3);
        await using (var scope = await AsAsync(w.AdminAccount))
        {
            Assert.True((await scope.Get<HighRiskService>().AddAsync(new HighRiskInput("31", w.Today.AddDays(-5), w.Today.AddDays(20), null), CancellationToken.None)).IsDone);
        }
        var staff = w.StaffA[0];
        var staffAccount = await w.AccountOfAsync(Db, staff);
        var permit = (await TravelWorld.RequestAsync(Db, staffAccount, TravelWorld.Trip(w.Today, w.Today, emergency: true))).Value!;
        Assert.True(permit.HighRisk);
        Assert.Equal([ApprovalStep.DirectSuperior], permit.Chain);
        Assert.True((await TravelWorld.DecideAsync(Db, await w.AccountOfAsync(Db, w.Head), permit.Id)).IsDone);

        await using (var scope = await AsAsync(staffAccount))
        {
            var service = scope.Get<TravelPermitService>();
            Assert.Equal("returnedOn", Assert.Single((await service.ReturnAsync(permit.Id, w.Today.AddDays(1), CancellationToken.None)).Problems).Where);
            var returned = await service.ReturnAsync(permit.Id, w.Today, CancellationToken.None);
            Assert.True(returned.IsDone, string.Join("; ", returned.Problems));
            Assert.Equal((w.Today, w.Today.AddDays(2)), (returned.Value!.ReturnedOn, returned.Value.QuarantineUntil));
        }
        await using var check = Db.NewScope().InTenant(w.Tenant.Id);
        var quarantine = await check.Db.Unavailabilities.SingleAsync(u => u.EmployeeId == staff.Id);
        Assert.Equal((UnavailabilityCause.Quarantine, w.Today, w.Today.AddDays(2)), (quarantine.Cause, quarantine.From, quarantine.To));
        var days = await check.Db.RosterEntries.Where(e => e.PlanId == w.Plan.Id && e.EmployeeId == staff.Id && e.Date >= w.Today && e.Date <= w.Today.AddDays(2))
            .Select(e => e.Mode).ToListAsync();
        Assert.Equal([WorkMode.Off, WorkMode.Off, WorkMode.Off], days);
        Assert.True(await check.Db.RosterRevisions.AnyAsync(r => r.PlanId == w.Plan.Id && r.Kind == RevisionKind.Repair));
    }

    [Fact]
    public async Task An_approved_official_trip_makes_its_days_official_travel_in_the_daily_status()
    {
        var w = await PublishedRosterWorld.CreateAsync(Db, days: 7);
        await SettingsAsync(w, quarantineDays: 0);
        var staff = w.StaffB[0];
        var staffAccount = await w.AccountOfAsync(Db, staff);
        var official = (await TravelWorld.RequestAsync(Db, staffAccount, TravelWorld.Trip(w.Today.AddDays(1), w.Today.AddDays(2), "64.02", TravelPurpose.Official))).Value!;
        Assert.Equal(PermitStatus.Approved, official.Status);
        var family = (await TravelWorld.RequestAsync(Db, await w.AccountOfAsync(Db, w.StaffB[1]), TravelWorld.Trip(w.Today.AddDays(1), w.Today.AddDays(2), "64.02"))).Value!;
        Assert.Equal(PermitStatus.Approved, family.Status);

        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var ids = new[] { staff.Id, w.StaffB[1].Id };
        var period = await scope.Get<AttendanceDayReader>().ReadAsync(scope.Db.Employees.Where(e => ids.Contains(e.Id)), w.Today.AddDays(1), w.Today.AddDays(3), CancellationToken.None);
        var travelling = period.Employees.Single(e => e.Employee.Id == staff.Id).Days.Select(d => d.Status).ToList();
        Assert.Equal([DailyStatus.OfficialTravel, DailyStatus.OfficialTravel], travelling.Take(2));
        Assert.NotEqual(DailyStatus.OfficialTravel, travelling[2]);
        Assert.DoesNotContain(DailyStatus.OfficialTravel, period.Employees.Single(e => e.Employee.Id == w.StaffB[1].Id).Days.Select(d => d.Status));
    }

    public sealed class OnSqlite(SqliteFixture db) : TravelReturnTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : TravelReturnTests(db), IClassFixture<PostgresFixture>;
}
