using Sikerja.Domain.Attendance;

namespace Sikerja.Web.Features.Attendance;

public sealed record OfficeWorkInput(DateOnly Date, string? Reason);

public sealed record OfficeWorkDecision(bool Approve, string? Note);

/// <summary>A request with the names a reader needs.</summary>
public sealed record OfficeWorkView(OfficeWorkRequest Request, string EmployeeName, string EmployeeNip, string? DeciderName);
