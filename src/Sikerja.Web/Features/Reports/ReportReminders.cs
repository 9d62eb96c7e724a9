using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Reports;
using Sikerja.Web.Features.Notifications;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Reminds the current tenant's employees of their daily reports (in the application and by every notification
/// channel): at the tenant's reminder time on a working day, those who owe today's report and have not sent it;
/// after a deadline, those whose report is missing. Each kind reaches an employee at most once per date: the
/// reminder is recorded (<see cref="ReportReminder"/>, keyed by employee, date and kind) in the same transaction
/// as its notification, and those already recorded are left out.
/// </summary>
public sealed class ReportReminders(SikerjaDbContext db, ReportObligations obligations, Notifier notifier, TimeProvider time)
{
    /// <summary>Deadlines passed longer ago than this are not chased (after an outage, or when reports are first required).</summary>
    public static readonly TimeSpan MissingReach = TimeSpan.FromDays(3);

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Sends what is due now; returns how many employees were reminded of today's report and of missing ones.</summary>
    public async Task<(int Due, int Missing)> SendAsync(CancellationToken ct)
    {
        var today = await obligations.TodayAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var localTime = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, today.Zone));
        var due = 0;
        if (today.Calendar.IsWorkingDay(today.Today) && localTime >= today.Settings.ReminderTime && now <= today.DeadlineOf(today.Today))
        {
            due = await RemindAsync(today, today.Today, today.Today, ReportReminderKind.Due, ct);
        }
        var missing = 0;
        if (today.LastPassed is { } last)
        {
            var reach = today.Today.AddDays(-(int)MissingReach.TotalDays - 2 * ReportSettingsRules.MaxDeadlineWorkingDays - 14);
            var period = await obligations.PeriodAsync(reach, last, ct);
            var recent = period.Calendar.WorkingDays(reach, last).Where(d => period.DeadlineOf(d) >= now - MissingReach).ToList();
            if (recent.Count > 0)
            {
                missing = await RemindAsync(period, recent[0], recent[^1], ReportReminderKind.Missing, ct);
            }
        }
        return (due, missing);
    }

    private async Task<int> RemindAsync(ObligationPeriod period, DateOnly first, DateOnly last, ReportReminderKind kind, CancellationToken ct)
    {
        var unsent = await (
                from o in obligations.OwedDays(db.Employees, period)
                where o.Date >= first && o.Date <= last
                    && !db.DailyReports.Any(r => r.EmployeeId == o.EmployeeId && r.WorkDate == o.Date && r.Status != ReportStatus.Draft)
                    && !db.ReportReminders.Any(x => x.EmployeeId == o.EmployeeId && x.WorkDate == o.Date && x.Kind == kind)
                select new { o.EmployeeId, o.Date })
            .Distinct()
            .ToListAsync(ct);
        if (unsent.Count == 0)
        {
            return 0;
        }
        var tenant = db.CurrentTenantId!.Value;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var day in unsent.GroupBy(u => u.Date))
        {
            var (title, text) = Words(kind, day.Key, TimeZoneInfo.ConvertTimeFromUtc(period.DeadlineOf(day.Key), period.Zone));
            await notifier.QueueAsync(day.Select(u => u.EmployeeId), title, text, $"/Reports?date={day.Key:yyyy-MM-dd}", ct);
            db.ReportReminders.AddRange(day.Select(u => new ReportReminder { TenantId = tenant, EmployeeId = u.EmployeeId, WorkDate = day.Key, Kind = kind, SentAt = now }));
        }
        await db.SaveChangesAsync(ct);
        return unsent.Count;
    }

    private static (string Title, string Text) Words(ReportReminderKind kind, DateOnly date, DateTime deadline)
    {
        var day = date.ToString("dddd, d MMMM yyyy", Indonesian);
        var until = deadline.ToString("dddd, d MMMM yyyy HH:mm", Indonesian);
        return kind == ReportReminderKind.Due
            ? ("Pengingat laporan kinerja harian", $"Laporan kinerja harian {day} belum dikirim. Batas pengiriman {until}.")
            : ("Laporan kinerja harian belum dikirim", $"Laporan kinerja harian {day} melewati batas pengiriman ({until}). Laporan masih dapat dikirim dan ditandai terlambat.");
    }
}
