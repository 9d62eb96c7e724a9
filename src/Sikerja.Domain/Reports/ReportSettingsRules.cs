namespace Sikerja.Domain.Reports;

/// <summary>What makes a tenant's report settings valid; each problem names its field as the settings form does.</summary>
public static class ReportSettingsRules
{
    public const int MaxDeadlineWorkingDays = 2;

    public static IEnumerable<Problem> Validate(ReportSettings settings)
    {
        if (settings.DeadlineWorkingDays is < 0 or > MaxDeadlineWorkingDays)
        {
            yield return new Problem(nameof(ReportSettings.DeadlineWorkingDays),
                $"batas pengiriman harus 0 (hari yang sama), 1 atau {MaxDeadlineWorkingDays} hari kerja sesudahnya, bukan {settings.DeadlineWorkingDays}");
        }
        else if (settings.DeadlineWorkingDays == 0 && settings.ReminderTime >= settings.DeadlineTime)
        {
            yield return new Problem(nameof(ReportSettings.ReminderTime),
                $"dengan batas pada hari yang sama, pengingat ({settings.ReminderTime:HH\\:mm}) harus sebelum batas waktu ({settings.DeadlineTime:HH\\:mm})");
        }
    }
}
