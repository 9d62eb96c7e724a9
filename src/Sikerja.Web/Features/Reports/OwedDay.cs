namespace Sikerja.Web.Features.Reports;

/// <summary>A day an employee owes a report, as a query row (settable members, so queries compose over it).</summary>
public sealed class OwedDay
{
    public Guid EmployeeId { get; init; }
    public Guid UnitId { get; init; }
    public DateOnly Date { get; init; }
}
