namespace Sikerja.Web.Features.Attendance;

/// <summary>An employee as the attendance views list them.</summary>
public sealed record AttendanceEmployee(Guid Id, string Nip, string Name, Guid UnitId, string UnitName);
