using Sikerja.Domain.People;
using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Reports;

/// <summary>Consecutive days under one circular that requires reports: who reports, and which employment it covers.</summary>
public sealed record ReportingSegment(DateOnly From, DateOnly To, ReportingScope Scope, IReadOnlyList<Employment> AppliesTo);
