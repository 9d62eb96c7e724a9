using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Reports;

/// <summary>The tenant's time and rules around a report's day: its zone, today there, its working days and its deadline rules.</summary>
public sealed record ReportCalendar(TimeZoneInfo Zone, WorkingCalendar Calendar, ReportSettings Settings, DateTime NowUtc, DateOnly Today)
{
    public DateTime DeadlineOf(DateOnly workDate) => ReportDeadline.Of(workDate, Settings, Calendar, Zone);

    public DateOnly? PreviousWorkingDay(DateOnly date) => ReportDays.PreviousWorkingDay(Calendar, date);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}

/// <summary>
/// Reads the <see cref="ReportCalendar"/> of the current tenant in three small queries: the tenant, its report settings
/// (the defaults without a row) and the holidays of a window around the day, wide enough for any deadline and for the
/// previous working day.
/// </summary>
public sealed class ReportCalendarReader(SikerjaDbContext db)
{
    private const int DaysBefore = ReportDays.LookBackDays + 1;
    private const int DaysAfter = 90;

    /// <param name="date">The day the caller looks at; null for today in the tenant's zone.</param>
    public async Task<(ReportCalendar Calendar, DateOnly Date)> AroundAsync(DateOnly? date, DateTime nowUtc, CancellationToken ct)
    {
        var tenantId = db.CurrentTenantId ?? throw new InvalidOperationException("Reports are read inside a tenant.");
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => new { t.TimeZoneId, t.WorkWeek }).SingleAsync(ct);
        var settings = await db.ReportSettings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, ct) ?? new ReportSettings { TenantId = tenantId };
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone));
        var day = date ?? today;
        var (first, last) = (day.AddDays(-DaysBefore), day.AddDays(DaysAfter));
        var holidays = await db.Holidays.AsNoTracking().Where(h => h.Date >= first && h.Date <= last).Select(h => h.Date).ToListAsync(ct);
        return (new ReportCalendar(zone, new WorkingCalendar(tenant.WorkWeek, holidays), settings, nowUtc, today), day);
    }
}
