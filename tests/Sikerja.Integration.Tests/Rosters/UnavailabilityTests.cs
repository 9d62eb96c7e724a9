using Sikerja.Domain.Access;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Rosters;

/// <summary>Recorded sickness, quarantine and leave: health data, recorded by admins, seen by the employee and admins only.</summary>
public abstract class UnavailabilityTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task The_agency_admin_records_it_the_employee_sees_it_and_other_agencies_and_leadership_do_not()
    {
        var w = await RosterWorld.KebumenAsync(Db);
        var nurse = await w.Tenant.EmployeeByNipAsync(w.Scenario.Employees.First(e => e.Unit == "dinkes.sekretariat.umum" && e.Level == PositionLevel.Staff).Id);
        var nurseAccount = await w.Tenant.AccountAsync(nurse, userName: $"{nurse.Nip}-{w.Tenant.Code}");
        var bappedaAdmin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Bappeda);
        var leader = await w.Tenant.AccountAsync(null, Role.Leadership);
        var input = new UnavailabilityInput(w.From, w.From.AddDays(13), UnavailabilityCause.Quarantine, "kontak erat kasus terkonfirmasi");

        CommandResult<Unavailability> byOtherAgency, recorded, overlapping, backwards;
        await using (var scope = await AsAsync(bappedaAdmin))
        {
            byOtherAgency = await scope.Get<UnavailabilityService>().RecordAsync(nurse.Id, input, CancellationToken.None);
        }
        await using (var scope = await AsAsync(w.DinkesAdmin))
        {
            var service = scope.Get<UnavailabilityService>();
            recorded = await service.RecordAsync(nurse.Id, input, CancellationToken.None);
            overlapping = await service.RecordAsync(nurse.Id, input with { From = w.To, To = w.To.AddDays(20) }, CancellationToken.None);
            backwards = await service.RecordAsync(nurse.Id, input with { From = w.To, To = w.From }, CancellationToken.None);
        }

        Assert.Equal(CommandStatus.Forbidden, byOtherAgency.Status);
        Assert.True(recorded.IsDone);
        Assert.Equal("from", Assert.Single(overlapping.Problems).Where);
        Assert.Equal("to", Assert.Single(backwards.Problems).Where);
        foreach (var (user, expected) in new[] { (nurseAccount, CommandStatus.Done), (bappedaAdmin, CommandStatus.Forbidden), (leader, CommandStatus.Forbidden) })
        {
            await using var scope = await AsAsync(user);
            var seen = await scope.Get<UnavailabilityService>().ForEmployeeAsync(nurse.Id, CancellationToken.None);
            Assert.Equal(expected, seen.Status);
        }
        await using (var scope = await AsAsync(nurseAccount))
        {
            var own = (await scope.Get<UnavailabilityService>().ForEmployeeAsync(nurse.Id, CancellationToken.None)).Value!;
            Assert.False(own.CanEdit);
            Assert.Equal(UnavailabilityCause.Quarantine, Assert.Single(own.Records).Cause);
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<UnavailabilityService>().DeleteAsync(own.Records[0].Id, CancellationToken.None)).Status);
        }
    }

    public sealed class OnSqlite(SqliteFixture db) : UnavailabilityTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : UnavailabilityTests(db), IClassFixture<PostgresFixture>;
}
