namespace Sikerja.Domain.Reports;

public enum ReportStatus
{
    /// <summary>Being written; not yet sent to the superior.</summary>
    Draft,
    Submitted,

    /// <summary>Sent back by the reviewer with a comment, to correct and submit again.</summary>
    Returned,
    Approved,
}
