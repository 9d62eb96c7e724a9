namespace Sikerja.Domain.Attendance;

/// <summary>The one status every employee has on every working day.</summary>
public enum DailyStatus
{
    PresentAtOffice,
    PresentAtHome,
    Late,
    Absent,
    OnLeave,
    Sick,
    OfficialTravel,
    Off,

    /// <summary>Today, before the expected day has ended, without a check-in yet: not (yet) absent.</summary>
    NotYetCheckedIn,
}
