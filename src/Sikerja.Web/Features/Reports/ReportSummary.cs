namespace Sikerja.Web.Features.Reports;

/// <summary>The month's output toward one performance target (with its yearly quantity), or of activities without a target in one unit.</summary>
public sealed record TargetOutput(Guid? TargetId, string? Title, string Unit, decimal Quantity, decimal? YearlyQuantity);

/// <summary>One employee's month: owed days and how they were met, the missing dates, and outputs added up per target.</summary>
public sealed record ReportSummary(
    Guid EmployeeId, string Name, string Nip, DateOnly From, DateOnly To, ComplianceCounts Counts, IReadOnlyList<DateOnly> MissingDays,
    IReadOnlyList<TargetOutput> Outputs);
