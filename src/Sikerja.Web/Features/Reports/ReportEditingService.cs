using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain;
using Sikerja.Domain.Reports;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// The employee writes the report of a working day (Laporan Kinerja Harian): activities added, changed and removed
/// while it is a draft or returned, copied from the previous working day, then submitted to the direct superior,
/// marked late after the tenant's deadline. Only the caller's own report is ever touched; its status changes are
/// audited on save.
/// </summary>
public sealed class ReportEditingService(
    SikerjaDbContext db, CurrentUser user, ReportCalendarReader calendars, ReportActivityReader activities, TimeProvider time)
{
    /// <summary>How many days before the shown one the strip of statuses covers.</summary>
    public const int RecentDays = 7;

    public async Task<CommandResult<ReportDayView>> DayAsync(DateOnly? date, CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<ReportDayView>.Forbidden();
        }
        var (calendar, day) = await calendars.AroundAsync(date, Now, ct);
        var report = await db.DailyReports.AsNoTracking().SingleOrDefaultAsync(r => r.EmployeeId == me && r.WorkDate == day, ct);
        var views = report is null ? [] : (await activities.ForReportsAsync([report.Id], ct))[report.Id].ToList();
        var targets = await db.PerformanceTargets.AsNoTracking()
            .Where(t => t.EmployeeId == me && t.Year == day.Year && t.Status == TargetStatus.Agreed)
            .OrderBy(t => t.Title).Select(t => new TargetOption(t.Id, t.Title, t.Unit)).ToListAsync(ct);
        var since = day.AddDays(-RecentDays);
        var recent = await db.DailyReports.AsNoTracking()
            .Where(r => r.EmployeeId == me && r.WorkDate >= since && r.WorkDate < day)
            .OrderByDescending(r => r.WorkDate).Select(r => new DayStatus(r.WorkDate, r.Status, r.Late)).ToListAsync(ct);
        var reviewer = report?.ReviewedBy is { } by ? await db.Employees.Where(e => e.Id == by).Select(e => e.Name).SingleOrDefaultAsync(ct) : null;
        return CommandResult<ReportDayView>.Done(new ReportDayView(
            day, calendar.Today, report, views, targets, calendar.DeadlineOf(day), calendar.PreviousWorkingDay(day), recent,
            calendar.Calendar.IsWorkingDay(day), reviewer));
    }

    public async Task<CommandResult<ReportActivity>> AddActivityAsync(DateOnly date, ActivityDraft draft, AttachmentUpload? file, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || user.EmployeeId is not { } me)
        {
            return CommandResult<ReportActivity>.Forbidden();
        }
        var (calendar, _) = await calendars.AroundAsync(date, Now, ct);
        var report = await db.DailyReports.SingleOrDefaultAsync(r => r.EmployeeId == me && r.WorkDate == date, ct);
        var count = report is null ? 0 : await db.ReportActivities.CountAsync(a => a.ReportId == report.Id, ct);
        var problems = new List<Problem>();
        if (ReportEditing.CheckEdit(report?.Status ?? ReportStatus.Draft, date, calendar.Today) is { } fixedProblem)
        {
            return CommandResult<ReportActivity>.Refused([fixedProblem]);
        }
        if (ReportEditing.CheckRoom(count) is { } full)
        {
            problems.Add(full);
        }
        problems.AddRange(ActivityRules.Check(draft, date, await TargetChoiceAsync(draft.TargetId, me, ct)));
        var (contentType, fileProblem) = file is null ? (null, null) : AttachmentRules.Check(file.FileName, file.Content);
        if (fileProblem is not null)
        {
            problems.Add(fileProblem);
        }
        if (problems.Count > 0)
        {
            return CommandResult<ReportActivity>.Refused(problems);
        }
        report ??= NewReport(tenant, me, date);
        var activity = new ReportActivity { TenantId = tenant, ReportId = report.Id, Description = "", Unit = "" };
        Fill(activity, draft);
        db.ReportActivities.Add(activity);
        if (file is not null)
        {
            db.ReportAttachments.Add(NewAttachment(tenant, activity.Id, file, contentType!));
        }
        report.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return CommandResult<ReportActivity>.Done(activity);
    }

    /// <summary>Changes one of the caller's activities; a new file replaces the attachment, <paramref name="dropAttachment"/> removes it.</summary>
    public async Task<CommandResult<ReportActivity>> UpdateActivityAsync(
        Guid activityId, ActivityDraft draft, AttachmentUpload? file, bool dropAttachment, CancellationToken ct)
    {
        var (activity, report, refusal) = await OwnActivityAsync(activityId, ct);
        if (activity is null || report is null)
        {
            return refusal!;
        }
        var problems = ActivityRules.Check(draft, report.WorkDate, await TargetChoiceAsync(draft.TargetId, report.EmployeeId, ct)).ToList();
        var (contentType, fileProblem) = file is null ? (null, null) : AttachmentRules.Check(file.FileName, file.Content);
        if (fileProblem is not null)
        {
            problems.Add(fileProblem);
        }
        if (problems.Count > 0)
        {
            return CommandResult<ReportActivity>.Refused(problems);
        }
        Fill(activity, draft);
        report.UpdatedAt = Now;
        // The old file goes without being read (it may be megabytes), in the same transaction as its replacement.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (file is not null || dropAttachment)
        {
            await db.ReportAttachments.Where(a => a.ActivityId == activity.Id).ExecuteDeleteAsync(ct);
        }
        if (file is not null)
        {
            db.ReportAttachments.Add(NewAttachment(activity.TenantId, activity.Id, file, contentType!));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult<ReportActivity>.Done(activity);
    }

    public async Task<CommandResult<ReportActivity>> RemoveActivityAsync(Guid activityId, CancellationToken ct)
    {
        var (activity, report, refusal) = await OwnActivityAsync(activityId, ct);
        if (activity is null || report is null)
        {
            return refusal!;
        }
        db.ReportActivities.Remove(activity);
        report.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return CommandResult<ReportActivity>.Done(activity);
    }

    /// <summary>
    /// Makes the day's activities exactly <paramref name="inputs"/> (the API's PUT): those with the id of one of the
    /// day's activities are changed (keeping their attachments), those without are added, the others removed.
    /// </summary>
    public async Task<CommandResult<DailyReport>> ReplaceActivitiesAsync(DateOnly date, IReadOnlyList<ActivityInput> inputs, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || user.EmployeeId is not { } me)
        {
            return CommandResult<DailyReport>.Forbidden();
        }
        var (calendar, _) = await calendars.AroundAsync(date, Now, ct);
        var report = await db.DailyReports.SingleOrDefaultAsync(r => r.EmployeeId == me && r.WorkDate == date, ct);
        if (ReportEditing.CheckEdit(report?.Status ?? ReportStatus.Draft, date, calendar.Today) is { } fixedProblem)
        {
            return CommandResult<DailyReport>.Refused([fixedProblem]);
        }
        var existing = report is null ? [] : await db.ReportActivities.Where(a => a.ReportId == report.Id).ToListAsync(ct);
        var byId = existing.ToDictionary(a => a.Id);
        var problems = new List<Problem>();
        if (inputs.Count > ReportEditing.MaxActivities)
        {
            problems.Add(new Problem("activities", $"satu laporan paling banyak {ReportEditing.MaxActivities} kegiatan"));
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input.Id is { } id && !byId.ContainsKey(id))
            {
                problems.Add(new Problem($"activities[{i}].id", "kegiatan itu tidak ada pada laporan hari ini"));
            }
            problems.AddRange(ActivityRules.Check(input.Draft, date, await TargetChoiceAsync(input.TargetId, me, ct), $"activities[{i}]."));
        }
        if (problems.Count > 0)
        {
            return CommandResult<DailyReport>.Refused(problems);
        }
        report ??= NewReport(tenant, me, date);
        var kept = new HashSet<Guid>();
        foreach (var input in inputs)
        {
            if (input.Id is { } id && kept.Add(id))
            {
                Fill(byId[id], input.Draft);
                continue;
            }
            var activity = new ReportActivity { TenantId = tenant, ReportId = report.Id, Description = "", Unit = "" };
            Fill(activity, input.Draft);
            db.ReportActivities.Add(activity);
        }
        db.ReportActivities.RemoveRange(existing.Where(a => !kept.Contains(a.Id)));
        report.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return CommandResult<DailyReport>.Done(report);
    }

    /// <summary>
    /// Copies the activities of the previous working day into the (empty) report of <paramref name="date"/>: times,
    /// descriptions, outputs and targets still agreed for that year; attachments stay with the day they prove.
    /// </summary>
    public async Task<CommandResult<DailyReport>> CopyPreviousAsync(DateOnly date, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || user.EmployeeId is not { } me)
        {
            return CommandResult<DailyReport>.Forbidden();
        }
        var (calendar, _) = await calendars.AroundAsync(date, Now, ct);
        var report = await db.DailyReports.SingleOrDefaultAsync(r => r.EmployeeId == me && r.WorkDate == date, ct);
        if (ReportEditing.CheckEdit(report?.Status ?? ReportStatus.Draft, date, calendar.Today) is { } fixedProblem)
        {
            return CommandResult<DailyReport>.Refused([fixedProblem]);
        }
        if (report is not null && await db.ReportActivities.AnyAsync(a => a.ReportId == report.Id, ct))
        {
            return CommandResult<DailyReport>.Refused("activities", "laporan ini sudah berisi kegiatan; salinan hanya masuk ke laporan yang masih kosong");
        }
        if (calendar.PreviousWorkingDay(date) is not { } previous)
        {
            return CommandResult<DailyReport>.Refused("activities", "tidak ada hari kerja sebelumnya untuk disalin");
        }
        var source = await (
                from a in db.ReportActivities.AsNoTracking()
                join r in db.DailyReports on a.ReportId equals r.Id
                where r.EmployeeId == me && r.WorkDate == previous
                join t in db.PerformanceTargets on a.TargetId equals (Guid?)t.Id into targets
                from t in targets.DefaultIfEmpty()
                select new { a.Start, a.End, a.Description, a.Quantity, a.Unit, a.TargetId, TargetUsable = t != null && t.Status == TargetStatus.Agreed && t.Year == date.Year })
            .ToListAsync(ct);
        if (source.Count == 0)
        {
            return CommandResult<DailyReport>.Refused("activities", $"tidak ada kegiatan pada hari kerja sebelumnya ({previous:yyyy-MM-dd}) untuk disalin");
        }
        report ??= NewReport(tenant, me, date);
        db.ReportActivities.AddRange(source.Select(s => new ReportActivity
        {
            TenantId = tenant, ReportId = report.Id, Start = s.Start, End = s.End, Description = s.Description, Quantity = s.Quantity, Unit = s.Unit,
            TargetId = s.TargetUsable ? s.TargetId : null,
        }));
        report.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return CommandResult<DailyReport>.Done(report);
    }

    /// <summary>Sends the report to review: the first time it is judged on time or late against the tenant's deadline.</summary>
    public async Task<CommandResult<DailyReport>> SubmitAsync(DateOnly date, CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return CommandResult<DailyReport>.Forbidden();
        }
        var (calendar, _) = await calendars.AroundAsync(date, Now, ct);
        var report = await db.DailyReports.SingleOrDefaultAsync(r => r.EmployeeId == me && r.WorkDate == date, ct);
        var count = report is null ? 0 : await db.ReportActivities.CountAsync(a => a.ReportId == report.Id, ct);
        var hasSupervisor = await db.Employees.Where(e => e.Id == me).Select(e => e.SupervisorId).SingleAsync(ct) is not null;
        var problems = ReportEditing.CheckSubmit(report?.Status ?? ReportStatus.Draft, date, calendar.Today, count, hasSupervisor).ToList();
        if (problems.Count > 0)
        {
            return CommandResult<DailyReport>.Refused(problems);
        }
        ReportEditing.Submit(report!, Now, calendar.DeadlineOf(date));
        await db.SaveChangesAsync(ct);
        return CommandResult<DailyReport>.Done(report!);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DailyReport NewReport(Guid tenant, Guid me, DateOnly date)
    {
        var report = new DailyReport { TenantId = tenant, EmployeeId = me, WorkDate = date, Status = ReportStatus.Draft, UpdatedAt = Now };
        db.DailyReports.Add(report);
        return report;
    }

    private static ReportAttachment NewAttachment(Guid tenant, Guid activity, AttachmentUpload file, string contentType) => new()
    {
        TenantId = tenant, ActivityId = activity, FileName = AttachmentRules.FileNameOf(file.FileName), ContentType = contentType, Content = file.Content,
    };

    private static void Fill(ReportActivity activity, ActivityDraft draft)
    {
        activity.Start = draft.Start!.Value;
        activity.End = draft.End!.Value;
        activity.Description = draft.Description!.Trim();
        activity.Quantity = draft.Quantity!.Value;
        activity.Unit = draft.Unit!.Trim();
        activity.TargetId = draft.TargetId;
    }

    /// <summary>The target as the rules need it, when it is one of <paramref name="owner"/>'s; null otherwise (or when none is named).</summary>
    private async Task<TargetChoice?> TargetChoiceAsync(Guid? targetId, Guid owner, CancellationToken ct) =>
        targetId is { } id
            ? await db.PerformanceTargets.AsNoTracking().Where(t => t.Id == id && t.EmployeeId == owner).Select(t => new TargetChoice(t.Year, t.Status)).SingleOrDefaultAsync(ct)
            : null;

    /// <summary>One of the caller's activities, tracked with its report, when that report may still be changed.</summary>
    private async Task<(ReportActivity? Activity, DailyReport? Report, CommandResult<ReportActivity>? Refusal)> OwnActivityAsync(Guid activityId, CancellationToken ct)
    {
        if (user.TenantId is null || user.EmployeeId is not { } me)
        {
            return (null, null, CommandResult<ReportActivity>.Forbidden());
        }
        var found = await (
                from a in db.ReportActivities
                join r in db.DailyReports on a.ReportId equals r.Id
                where a.Id == activityId && r.EmployeeId == me
                select new { a, r })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return (null, null, CommandResult<ReportActivity>.NotFound());
        }
        var (calendar, _) = await calendars.AroundAsync(found.r.WorkDate, Now, ct);
        return ReportEditing.CheckEdit(found.r.Status, found.r.WorkDate, calendar.Today) is { } problem
            ? (null, null, CommandResult<ReportActivity>.Refused([problem]))
            : (found.a, found.r, null);
    }
}
