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
}
