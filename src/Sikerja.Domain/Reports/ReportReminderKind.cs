namespace Sikerja.Domain.Reports;

public enum ReportReminderKind
{
    /// <summary>At the tenant's reminder time: today's report is owed and not yet sent.</summary>
    Due,

    /// <summary>After the deadline: the report was not sent.</summary>
    Missing,
}
