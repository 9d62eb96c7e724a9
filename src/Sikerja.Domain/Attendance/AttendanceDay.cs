using Sikerja.Domain.People;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// Everything known of one employee's working day: whether the tenant's calendar works that day, what the roster
/// gives (null when no published roster covers it), unavailability, official travel and the day's records.
/// </summary>
public sealed record AttendanceDay(
    DateOnly Date,
    bool IsWorkingDay,
    PlannedDay? Plan,
    IReadOnlyList<DayRecord> Records,
    UnavailabilityCause? Unavailable = null,
    bool OnOfficialTravel = false);
