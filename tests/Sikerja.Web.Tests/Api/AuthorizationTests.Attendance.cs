using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Api;

/// <summary>The attendance resources of a tenant the sweep aims at: an assembly running now, a visit, an office-work request.</summary>
public sealed partial class AuthorizationTests
{
    private sealed record AttendanceIds(Guid Assembly, Guid Visit, Guid OfficeWork);

    private static readonly ConcurrentDictionary<Guid, AttendanceIds> Attendance = new();

    private static AttendanceIds AttendanceOf(World w) => Attendance[w.Tenant.Id];

    /// <summary>
    /// The agency gets an office; an assembly of the agency runs now; a visitor is at its desk; the Kepala Bidang
    /// asks the head (not the staff member, nor the admin) to work at the office.
    /// </summary>
    private async Task ArrangeAttendanceAsync(TestTenant t, OrgUnit agency, Employee kabid)
    {
        await using var scope = web.Database.NewScope().InTenant(t.Id);
        var office = await scope.Db.OrgUnits.SingleAsync(u => u.Id == agency.Id);
        (office.OfficeLatitude, office.OfficeLongitude, office.OfficeRadiusMetres) = (-0.5, 117.15, 100);
        var now = new TenantClock(TimeProvider.System, IndonesianTimeZones.Wib).LocalNow;
        var today = DateOnly.FromDateTime(now);
        var assembly = new Assembly
        {
            TenantId = t.Id, UnitId = agency.Id, Date = today, StartsAt = new TimeOnly(now.Hour, now.Minute), Title = "Apel uji",
            OnlineLink = "https://meet.example.id/apel", CreatedAt = DateTime.UtcNow,
        };
        var visit = new OfficeVisit
        {
            TenantId = t.Id, UnitId = agency.Id, Date = today, VisitorName = "Tamu Uji", Phone = "+6281234567890", MetName = "Sekretaris",
            ArrivedAt = DateTime.UtcNow,
        };
        var request = new OfficeWorkRequest
        {
            TenantId = t.Id, EmployeeId = kabid.Id, Date = today.AddDays(1), Reason = "rapat", Status = RequestStatus.Pending, RequestedAt = DateTime.UtcNow,
        };
        scope.Db.AddRange(assembly, visit, request);
        await scope.Db.SaveChangesAsync();
        Attendance[t.Id] = new AttendanceIds(assembly.Id, visit.Id, request.Id);
    }
}
