namespace Sikerja.Domain.Reports;

/// <summary>
/// Who owes a daily work report (LKH) on a date. The circular in force says who reports: those the published
/// roster puts at home (<see cref="ReportingScope.HomeWorkers"/>), everyone with a working day at home or at the
/// office (<see cref="ReportingScope.Everyone"/>), or nobody. Without a circular in force nobody owes a report:
/// the duty comes from a circular, and a tenant that wants reports regardless publishes one that says so.
/// Only employees the circular covers owe one, and never on a weekend or holiday, while unavailable (sick,
/// quarantine, leave), on an approved official trip, or on a day the roster plans them off. Without a published
/// roster nobody is known to be at home, so home-worker reports are owed only on rostered home days.
/// </summary>
public static class ReportObligation
{
    public static ObligationOutcome Judge(ObligationFacts facts) => facts switch
    {
        { WorkingDay: false } => ObligationOutcome.NotWorkingDay,
        { Active: false } => ObligationOutcome.Inactive,
        { Scope: null } => ObligationOutcome.NoCircular,
        { Scope: ReportingScope.Nobody } => ObligationOutcome.NobodyReports,
        { Covered: false } => ObligationOutcome.NotCovered,
        { Unavailable: true } => ObligationOutcome.Unavailable,
        { OnOfficialTravel: true } => ObligationOutcome.OfficialTravel,
        { Planned: Rosters.WorkMode.Off } => ObligationOutcome.PlannedOff,
        { Scope: ReportingScope.HomeWorkers, Planned: not Rosters.WorkMode.Home } => ObligationOutcome.NotAtHome,
        _ => ObligationOutcome.Owed,
    };

    public static bool IsOwed(ObligationFacts facts) => Judge(facts) == ObligationOutcome.Owed;
}
