using Sikerja.Domain.Attendance;
using Sikerja.Domain.People;

namespace Sikerja.Web.Features.Attendance;

/// <param name="UnitId">The unit whose subtree must attend; null for everyone of the tenant (tenant admins only).</param>
public sealed record AssemblyInput(DateOnly Date, TimeOnly StartsAt, string? Title, string? OnlineLink, string? Place, Guid? UnitId);

/// <summary>The employee's own attendance: made on the phone with its id, so that a retry finds the stored record.</summary>
public sealed record AssemblyAttendInput(Guid ClientId, DateTime? DeviceAt);

/// <summary>An admin's record for an employee who attended but could not record it.</summary>
public sealed record AssemblyManualInput(Guid EmployeeId, string? Reason);

/// <summary>An assembly as the caller sees it: whether they organise it, must attend it, and their attendance.</summary>
public sealed record AssemblyView(Assembly Assembly, string? UnitName, DateTime StartsAtUtc, bool CanManage, bool MustAttend, AssemblyAttendance? Mine);

public sealed record AssemblyReceipt(AssemblyAttendance Attendance, bool Duplicate);

public sealed record AssemblyPerson(Guid EmployeeId, string Name, string Nip, string UnitName);

public sealed record AssemblyAttendee(AssemblyPerson Person, DateTime At, CheckInMethod Method, string? ManualReason);

/// <summary>Why someone who had to attend was not expected that day: sick, in quarantine, on leave, or off by the roster.</summary>
public sealed record AssemblyExcused(AssemblyPerson Person, UnavailabilityCause? Cause);

/// <summary>Who had to attend, who did, who did not, and those excused that day (listed apart).</summary>
public sealed record AssemblyReport(AssemblyView Assembly, IReadOnlyList<AssemblyAttendee> Attended, IReadOnlyList<AssemblyPerson> Absent, IReadOnlyList<AssemblyExcused> Excused)
{
    public int Expected => Attended.Count + Absent.Count;
}
