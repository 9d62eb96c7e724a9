namespace Sikerja.Domain.Calendar;

public enum HolidayKind
{
    /// <summary>Hari libur nasional.</summary>
    National,

    /// <summary>Cuti bersama.</summary>
    CollectiveLeave,

    /// <summary>A day off the regional government declares (e.g. a local election).</summary>
    Regional,
}
