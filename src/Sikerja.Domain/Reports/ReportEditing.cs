namespace Sikerja.Domain.Reports;

/// <summary>
/// What an employee may do with their own report of a day: write it while it is a draft or has been returned, never
/// for a day still to come; submit it once it holds at least one activity. Submitting a returned report sends it back
/// to review; the first submission alone decides lateness.
/// </summary>
public static class ReportEditing
{
    /// <summary>More than a working day holds: a report that long is a mistake, and it keeps the day's page light.</summary>
    public const int MaxActivities = 30;

    public static bool IsEditable(ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>Why the report of <paramref name="workDate"/> in <paramref name="status"/> cannot be changed now, or null.</summary>
    public static Problem? CheckEdit(ReportStatus status, DateOnly workDate, DateOnly today)
    {
        if (workDate > today)
        {
            return new Problem("date", "laporan hanya dapat ditulis untuk hari ini atau hari yang sudah lewat");
        }
        return status switch
        {
            ReportStatus.Submitted => new Problem("status", "laporan sudah dikirim dan menunggu tinjauan atasan; tidak dapat diubah"),
            ReportStatus.Approved => new Problem("status", "laporan sudah disetujui; tidak dapat diubah"),
            _ => null,
        };
    }

    /// <summary>Why one more activity cannot be added to a report that holds <paramref name="count"/>, or null.</summary>
    public static Problem? CheckRoom(int count) =>
        count >= MaxActivities ? new Problem("activities", $"satu laporan paling banyak {MaxActivities} kegiatan") : null;

    /// <summary>Everything that stops the report from being submitted.</summary>
    public static IEnumerable<Problem> CheckSubmit(ReportStatus status, DateOnly workDate, DateOnly today, int activityCount, bool hasSupervisor)
    {
        if (CheckEdit(status, workDate, today) is { } problem)
        {
            yield return problem;
            yield break;
        }
        if (activityCount == 0)
        {
            yield return new Problem("activities", "tambahkan paling sedikit satu kegiatan sebelum mengirim laporan");
        }
        if (!hasSupervisor)
        {
            yield return new Problem("status", "Anda tidak punya atasan langsung yang meninjau laporan");
        }
    }

    /// <summary>
    /// Submits: the report goes (back) to review. The first submission sets <see cref="DailyReport.SubmittedAt"/> and
    /// <see cref="DailyReport.Late"/>; a correction after a return keeps both, so it is judged once.
    /// </summary>
    public static void Submit(DailyReport report, DateTime nowUtc, DateTime deadlineUtc)
    {
        if (report.SubmittedAt is null)
        {
            report.SubmittedAt = nowUtc;
            report.Late = nowUtc > deadlineUtc;
        }
        report.Status = ReportStatus.Submitted;
        report.UpdatedAt = nowUtc;
    }
}
