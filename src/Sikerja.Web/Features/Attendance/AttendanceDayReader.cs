using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Travel;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Reads everything the daily status needs for a set of employees over a period in a fixed number of queries,
/// whatever the number of employees (an agency of 2,000 is one query per table, not one per person): the employees,
/// their published roster entries, unavailability, the period's check-ins and holidays. The set is a query the
/// caller has already scoped to its rights; it runs inside each query as a subquery.
/// A day of an approved official trip (up to the confirmed return, when earlier) reads as on official travel.
/// </summary>
public sealed class AttendanceDayReader(SikerjaDbContext db, TimeProvider time)
{
    public async Task<AttendancePeriod> ReadAsync(IQueryable<Employee> employees, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var tenantId = db.CurrentTenantId ?? throw new InvalidOperationException("Attendance is read inside a tenant.");
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => new { t.TimeZoneId, t.WorkWeek }).SingleAsync(ct);
        var tolerance = await db.AttendanceSettings.AsNoTracking().Where(s => s.TenantId == tenantId)
            .Select(s => (int?)s.LateToleranceMinutes).SingleOrDefaultAsync(ct) ?? new AttendanceSettings().LateToleranceMinutes;
        var ids = employees.Select(e => e.Id);

        var people = await (
                from e in employees.AsNoTracking()
                join u in db.OrgUnits.AsNoTracking() on e.UnitId equals u.Id
                orderby u.Name, e.Name
                select new AttendanceEmployee(e.Id, e.Nip, e.Name, e.UnitId, u.Name))
            .ToListAsync(ct);
        var entries = await (
                from r in db.RosterEntries.AsNoTracking()
                join p in db.RosterPlans.AsNoTracking() on r.PlanId equals p.Id
                where p.Status == RosterStatus.Published && r.Date >= first && r.Date <= last && ids.Contains(r.EmployeeId)
                select new { r.EmployeeId, r.Date, r.PlanId, r.Mode, r.ShiftMask, r.Reason, p.PublishedAt })
            .ToListAsync(ct);
        var planIds = entries.Select(e => e.PlanId).Distinct().ToList();
        var shifts = (await db.RosterPlans.AsNoTracking().Where(p => planIds.Contains(p.Id)).Select(p => new { p.Id, p.PolicySnapshot }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => p.PolicySnapshot.Shifts.Count == 0 ? [Shift.FullDay] : p.PolicySnapshot.Shifts);
        var unavailable = await db.Unavailabilities.AsNoTracking()
            .Where(u => u.From <= last && u.To >= first && ids.Contains(u.EmployeeId))
            .Select(u => new { u.EmployeeId, u.From, u.To, u.Cause }).ToListAsync(ct);
        var records = await db.CheckIns.AsNoTracking()
            .Where(c => c.WorkDate >= first && c.WorkDate <= last && ids.Contains(c.EmployeeId))
            .Select(c => new { c.EmployeeId, c.WorkDate, c.Direction, c.Mode, c.Method, c.DeviceAt, c.Flags })
            .ToListAsync(ct);
        var travels = await db.TravelPermits.AsNoTracking()
            .Where(p => p.Status == PermitStatus.Approved && p.Purpose == TravelPurpose.Official && p.LeavesOn <= last && p.ReturnsOn >= first && ids.Contains(p.EmployeeId))
            .Select(p => new { p.EmployeeId, p.LeavesOn, p.ReturnsOn, p.ReturnedOn }).ToListAsync(ct);
        var holidays = await db.Holidays.AsNoTracking().Where(h => h.Date >= first && h.Date <= last).Select(h => h.Date).ToListAsync(ct);

        var calendar = new WorkingCalendar(tenant.WorkWeek, holidays);
        var rules = new DailyStatusRules(tenant.TimeZoneId, tolerance);
        var now = time.GetUtcNow().UtcDateTime;
        // Rosters of one scope never overlap once published; an employee who moved agency may be in two: the later counts.
        var planned = entries.GroupBy(e => (e.EmployeeId, e.Date)).ToDictionary(
            g => g.Key,
            g =>
            {
                var e = g.MaxBy(x => x.PublishedAt)!;
                var policyShifts = shifts[e.PlanId];
                return new PlannedDay(e.Mode, [.. new ShiftSet((uint)e.ShiftMask).Indexes().Where(i => i < policyShifts.Count).Select(i => policyShifts[i])], e.Reason, policyShifts);
            });
        var recordsOf = records.ToLookup(r => (r.EmployeeId, r.WorkDate), r => new DayRecord(r.Direction, r.Mode, r.Method, r.DeviceAt, r.Flags));
        var unavailableOf = unavailable.ToLookup(u => u.EmployeeId);
        var travelOf = travels.ToLookup(t => t.EmployeeId, t => (From: t.LeavesOn, To: t.ReturnedOn is { } back && back < t.ReturnsOn ? back : t.ReturnsOn));

        var length = last.DayNumber - first.DayNumber + 1;
        var result = new List<EmployeeAttendance>(people.Count);
        foreach (var person in people)
        {
            var days = new DayAttendance[length];
            for (var i = 0; i < length; i++)
            {
                var date = first.AddDays(i);
                var day = new AttendanceDay(
                    date,
                    calendar.IsWorkingDay(date),
                    planned.GetValueOrDefault((person.Id, date)),
                    [.. recordsOf[(person.Id, date)]],
                    unavailableOf[person.Id].Where(u => date >= u.From && date <= u.To).Select(u => (UnavailabilityCause?)u.Cause).FirstOrDefault(),
                    travelOf[person.Id].Any(t => date >= t.From && date <= t.To));
                days[i] = rules.Judge(day, now);
            }
            result.Add(new EmployeeAttendance(person, days));
        }
        return new AttendancePeriod(
            first, last, tenant.TimeZoneId, new TenantClock(time, tenant.TimeZoneId).Today, calendar.WorkingDays(first, last).ToHashSet(), result);
    }
}
