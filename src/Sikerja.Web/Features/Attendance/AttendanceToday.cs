using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Schedule;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>The caller's day: what the roster gives (mode, office, shifts), the records made so far and what to do next.</summary>
public sealed record TodayView(
    DateOnly Date, string TimeZoneId, ScheduleDay Day, OfficeView? Office, IReadOnlyList<CheckInReceipt> Records, AttendanceSettings Settings)
{
    /// <summary>Out after a check-in without a later check-out; In otherwise (also the day after a forgotten check-out).</summary>
    public CheckDirection Next =>
        Records.OrderBy(r => r.DeviceAt).LastOrDefault() is { Direction: CheckDirection.In } ? CheckDirection.Out : CheckDirection.In;
}

/// <summary>The office a WFO employee checks in at.</summary>
public sealed record OfficeView(Guid UnitId, string Name, string? Address, double Latitude, double Longitude, int RadiusMetres);

/// <summary>Reads <see cref="TodayView"/> for the signed-in employee only.</summary>
public sealed class AttendanceToday(SikerjaDbContext db, CurrentUser user, TimeProvider time, ScheduleQuery schedule, UnitOffices offices)
{
    public async Task<CommandResult<TodayView>> MineAsync(CancellationToken ct)
    {
        if (user.EmployeeId is not { } me || user.TenantId is not { } tenantId)
        {
            return CommandResult<TodayView>.Forbidden();
        }
        var zone = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.TimeZoneId).SingleAsync(ct);
        var today = new TenantClock(time, zone).Today;
        var day = (await schedule.RangeAsync(me, today, today, ct)).Days[0];
        var settings = await db.AttendanceSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? new AttendanceSettings { TenantId = tenantId };
        var records = await db.CheckIns.AsNoTracking().Where(c => c.EmployeeId == me && c.WorkDate == today).OrderBy(c => c.DeviceAt).ToListAsync(ct);
        return CommandResult<TodayView>.Done(new TodayView(
            today, zone, day, await OfficeAsync(me, ct), [.. records.Select(r => CheckInReceipt.Of(r, duplicate: false))], settings));
    }

    private async Task<OfficeView?> OfficeAsync(Guid me, CancellationToken ct)
    {
        var unit = await (from e in db.Employees where e.Id == me join u in db.OrgUnits on e.UnitId equals u.Id select new { u.Id, u.Path }).SingleAsync(ct);
        return await offices.OfAsync(db, unit.Id, unit.Path, ct) is { } o
            ? new OfficeView(o.UnitId, o.Name, o.Address, o.Location.Latitude, o.Location.Longitude, o.Location.RadiusMetres)
            : null;
    }
}
