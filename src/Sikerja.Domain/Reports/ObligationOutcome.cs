namespace Sikerja.Domain.Reports;

/// <summary>Whether an employee owes a daily report on a date, and if not, the first reason why not.</summary>
public enum ObligationOutcome
{
    Owed,

    /// <summary>A weekend or holiday of the tenant's calendar.</summary>
    NotWorkingDay,

    /// <summary>The employee is no longer active.</summary>
    Inactive,

    /// <summary>No circular is in force that day: nothing requires reports.</summary>
    NoCircular,

    /// <summary>The circular in force does not cover the employee's employment (e.g. it binds PNS only).</summary>
    NotCovered,

    /// <summary>The circular in force requires no daily reports.</summary>
    NobodyReports,

    /// <summary>The circular requires reports of home workers, and the published roster does not put the employee at home.</summary>
    NotAtHome,

    /// <summary>The published roster plans the employee off that day.</summary>
    PlannedOff,

    /// <summary>Sick, in quarantine or on leave.</summary>
    Unavailable,

    /// <summary>On an approved official trip (perjalanan dinas).</summary>
    OfficialTravel,
}
