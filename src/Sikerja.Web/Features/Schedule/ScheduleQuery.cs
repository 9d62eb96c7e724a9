using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Schedule;

/// <summary>
/// An employee's own schedule from the published rosters ("Jadwal saya"): only ever the caller's, for the pages and
/// the API; the calendar feed reads the same for the feed's owner.
/// </summary>
public sealed class ScheduleQuery(SikerjaDbContext db, CurrentUser user, TimeProvider time)
{
    public const int MaxDays = 366;

    /// <summary>The caller's schedule on every date from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<CommandResult<ScheduleRange>> MineAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (user.EmployeeId is not { } me || user.TenantId is null)
        {
            return CommandResult<ScheduleRange>.Forbidden();
        }
        if (from > to)
        {
            return CommandResult<ScheduleRange>.Refused("to", "tanggal akhir tidak boleh sebelum tanggal awal");
        }
        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            return CommandResult<ScheduleRange>.Refused("to", $"paling banyak {MaxDays} hari sekali baca");
        }
        return CommandResult<ScheduleRange>.Done(await RangeAsync(me, from, to, ct));
    }

    /// <summary>The caller's today in the tenant's zone.</summary>
    public async Task<DateOnly?> TodayAsync(CancellationToken ct) =>
        user.TenantId is { } tenant ? new TenantClock(time, await ZoneAsync(tenant, ct)).Today : null;

    /// <summary>One employee of the current tenant scope, whoever asks: callers see to it that it is the right one.</summary>
    internal async Task<ScheduleRange> RangeAsync(Guid employeeId, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var tenantId = db.CurrentTenantId ?? throw new InvalidOperationException("A schedule is read inside a tenant.");
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId)
            .Select(t => new { t.TimeZoneId, t.WorkWeek }).SingleAsync(ct);
        var name = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId).Select(e => e.Name).SingleAsync(ct);
        var today = new TenantClock(time, tenant.TimeZoneId).Today;

        var entries = await (
                from e in db.RosterEntries.AsNoTracking()
                join p in db.RosterPlans.AsNoTracking() on e.PlanId equals p.Id
                where e.EmployeeId == employeeId && p.Status == RosterStatus.Published && e.Date >= first && e.Date <= last
                select new { e.PlanId, e.Date, e.Mode, e.ShiftMask, e.Reason, e.UnitId, p.PolicyNumber, p.PublishedAt })
            .ToListAsync(ct);
        // Rosters of one scope never overlap once published; an employee who moved agency may be in two: the later counts.
        var byDate = entries.GroupBy(e => e.Date).ToDictionary(g => g.Key, g => g.MaxBy(e => e.PublishedAt)!);
        var planIds = byDate.Values.Select(e => e.PlanId).Distinct().ToList();
        var shifts = (await db.RosterPlans.AsNoTracking().Where(p => planIds.Contains(p.Id)).Select(p => new { p.Id, p.PolicySnapshot }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => p.PolicySnapshot.Shifts.Count == 0 ? [Shift.FullDay] : p.PolicySnapshot.Shifts);
        var offices = await OfficesAsync(byDate.Values.Select(e => e.UnitId).Distinct().ToList(), ct);
        var unavailable = await db.Unavailabilities.AsNoTracking()
            .Where(u => u.EmployeeId == employeeId && u.From <= last && u.To >= first).ToListAsync(ct);
        var holidays = await db.Holidays.AsNoTracking().Where(h => h.Date >= first && h.Date <= last)
            .ToDictionaryAsync(h => h.Date, h => h.Name, ct);

        var days = new List<ScheduleDay>(last.DayNumber - first.DayNumber + 1);
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            if (byDate.TryGetValue(date, out var e))
            {
                var (unitName, address) = offices[e.UnitId];
                days.Add(new ScheduleDay(
                    date,
                    e.Mode switch { WorkMode.Office => ScheduleDayKind.Office, WorkMode.Home => ScheduleDayKind.Home, _ => ScheduleDayKind.Off },
                    e.Reason,
                    unitName,
                    address,
                    e.Mode == WorkMode.Office ? [.. new ShiftSet((uint)e.ShiftMask).Indexes().Where(i => i < shifts[e.PlanId].Count).Select(i => shifts[e.PlanId][i])] : [],
                    e.Mode == WorkMode.Off ? unavailable.FirstOrDefault(u => u.Covers(date))?.Cause : null,
                    holidays.GetValueOrDefault(date),
                    e.PolicyNumber));
            }
            else if (holidays.TryGetValue(date, out var holiday) || !tenant.WorkWeek.Includes(date.DayOfWeek))
            {
                days.Add(new ScheduleDay(date, ScheduleDayKind.NonWorking, HolidayName: holiday));
            }
            else
            {
                days.Add(new ScheduleDay(date, ScheduleDayKind.NotPlanned));
            }
        }
        return new ScheduleRange(employeeId, name, tenant.TimeZoneId, today, days);
    }

    /// <summary>Each unit's name and the address of its office: its own, or else the nearest unit's above it that has one.</summary>
    private async Task<Dictionary<Guid, (string Name, string? Address)>> OfficesAsync(List<Guid> unitIds, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Path, u.Address }).ToListAsync(ct);
        var above = units.SelectMany(u => PathIds(u.Path)).Distinct().ToList();
        var addresses = await db.OrgUnits.AsNoTracking().Where(u => above.Contains(u.Id) && u.Address != null && u.Address != "")
            .ToDictionaryAsync(u => u.Id, u => u.Address!, ct);
        return units.ToDictionary(
            u => u.Id,
            u => (u.Name, PathIds(u.Path).Reverse().Select(id => addresses.GetValueOrDefault(id)).FirstOrDefault(a => a is not null)));
    }

    private static IEnumerable<Guid> PathIds(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(segment => Guid.ParseExact(segment, "N"));

    private async Task<string> ZoneAsync(Guid tenant, CancellationToken ct) =>
        await db.Tenants.AsNoTracking().Where(t => t.Id == tenant).Select(t => t.TimeZoneId).SingleAsync(ct);
}
