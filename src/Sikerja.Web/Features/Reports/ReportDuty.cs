using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Reports;

/// <summary>One employee's report duty on one date: whether a report is owed (or why not), where it stands, and its deadline.</summary>
public sealed record ReportDuty(Guid EmployeeId, DateOnly Date, ObligationOutcome Outcome, ReportDay Day, DateTime DeadlineUtc)
{
    public bool IsOwed => Outcome == ObligationOutcome.Owed;
}
