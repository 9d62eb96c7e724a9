namespace Sikerja.Domain.Reports;

/// <summary>Who owes a daily report under a circular.</summary>
public enum ReportingScope
{
    /// <summary>Those working from home that day (WFH "is not a holiday").</summary>
    HomeWorkers,

    /// <summary>Everyone with a working day, at home or at the office.</summary>
    Everyone,

    /// <summary>No daily reports are required.</summary>
    Nobody,
}
