namespace Sikerja.Domain.Reports;

/// <summary>Where an employee's daily report of one date stands, for compliance and reminders.</summary>
public enum ReportDayStatus
{
    /// <summary>No report is owed that day (and none was submitted).</summary>
    NotRequired,

    /// <summary>Owed, nothing submitted yet, and the deadline has not passed.</summary>
    NotYetDue,

    /// <summary>Being written, and the deadline has not passed.</summary>
    Draft,

    /// <summary>Owed, the deadline has passed and nothing was submitted (an unsent draft included).</summary>
    Missing,

    /// <summary>Submitted and awaiting review.</summary>
    Submitted,

    /// <summary>Returned by the reviewer for correction.</summary>
    Returned,

    Approved,
}
