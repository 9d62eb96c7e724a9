using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Schedule;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>Intent methods over a <see cref="PublishedRosterWorld"/> for the assembly, presence and office-work tests.</summary>
public static class PresenceWorld
{
    public const double Latitude = -0.5022;
    public const double Longitude = 117.1536;

    /// <summary>The account of an employee of the world (each has one).</summary>
    public static async Task<Guid> AccountOfAsync(this PublishedRosterWorld w, DatabaseFixture db, Employee e)
    {
        await using var scope = db.NewScope().InTenant(w.Tenant.Id);
        return await scope.Db.Users.Where(u => u.EmployeeId == e.Id).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Gives the Dinas its office location, so that it has a presence list.</summary>
    public static async Task OfficeAsync(this PublishedRosterWorld w, DatabaseFixture db)
    {
        await using var scope = db.NewScope().InTenant(w.Tenant.Id);
        var dinas = await scope.Db.OrgUnits.SingleAsync(u => u.Id == w.Dinas.Id);
        (dinas.OfficeLatitude, dinas.OfficeLongitude, dinas.OfficeRadiusMetres) = (Latitude, Longitude, 150);
        await scope.Db.SaveChangesAsync();
    }

    /// <summary>A check-in row as the check-in service stores it, at a local time of the day in the tenant (WIB).</summary>
    public static CheckIn CheckIn(Guid tenant, Employee e, DateOnly day, CheckDirection direction, WorkMode mode, TimeOnly localTime, Guid? unit) => new()
    {
        TenantId = tenant, EmployeeId = e.Id, ClientId = Guid.NewGuid(), Direction = direction, Mode = mode, Method = CheckInMethod.Location,
        WorkDate = day, DeviceAt = Utc(day, localTime), ReceivedAt = Utc(day, localTime).AddSeconds(2), UnitId = unit,
        Latitude = Latitude, Longitude = Longitude, AccuracyMetres = 12,
    };

    public static async Task AddAsync(DatabaseFixture db, Guid tenant, params object[] rows)
    {
        await using var scope = db.NewScope().InTenant(tenant);
        scope.Db.AddRange(rows);
        await scope.Db.SaveChangesAsync();
    }

    /// <summary>A local time of the default test zone (WIB, UTC+7) as UTC.</summary>
    public static DateTime Utc(DateOnly day, TimeOnly localTime) => day.ToDateTime(localTime, DateTimeKind.Utc).AddHours(-7);
}
