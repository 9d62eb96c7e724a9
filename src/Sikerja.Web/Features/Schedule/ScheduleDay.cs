using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Schedule;

public enum ScheduleDayKind
{
    /// <summary>At the office (WFO), in <see cref="ScheduleDay.Shifts"/>.</summary>
    Office,

    /// <summary>Working from home (WFH).</summary>
    Home,

    /// <summary>Not on duty: unavailable (sick, in quarantine, on leave).</summary>
    Off,

    /// <summary>A weekend or holiday of the tenant's calendar, with no roster.</summary>
    NonWorking,

    /// <summary>A working day no published roster covers yet.</summary>
    NotPlanned,
}

/// <summary>
/// One day of an employee's schedule as published: where they work, in which unit and office and which shifts
/// (times in the tenant's zone), or why they do not.
/// </summary>
public sealed record ScheduleDay(
    DateOnly Date,
    ScheduleDayKind Kind,
    AssignmentReason? Reason = null,
    string? UnitName = null,
    string? OfficeAddress = null,
    IReadOnlyList<Shift>? Shifts = null,
    UnavailabilityCause? Cause = null,
    string? HolidayName = null,
    string? PolicyNumber = null)
{
    public IReadOnlyList<Shift> ShiftList => Shifts ?? [];

    public bool IsPlanned => Kind is ScheduleDayKind.Office or ScheduleDayKind.Home or ScheduleDayKind.Off;
}

/// <summary>Every date of a range of one employee's schedule, with the tenant's zone its times are in.</summary>
public sealed record ScheduleRange(Guid EmployeeId, string EmployeeName, string TimeZoneId, DateOnly Today, IReadOnlyList<ScheduleDay> Days);
