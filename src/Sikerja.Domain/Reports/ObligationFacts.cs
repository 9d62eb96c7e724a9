using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Reports;

/// <summary>
/// What decides whether an employee owes a daily report on one date.
/// </summary>
/// <param name="WorkingDay">A working day of the tenant's calendar.</param>
/// <param name="Active">The employee is active.</param>
/// <param name="Scope">Who must report under the circular in force that day; null when none is in force.</param>
/// <param name="Covered">The circular in force applies to the employee's employment.</param>
/// <param name="Planned">The employee's mode in the published roster that day; null without one.</param>
/// <param name="Unavailable">Sick, in quarantine or on leave that day.</param>
/// <param name="OnOfficialTravel">On an approved official trip that day.</param>
public readonly record struct ObligationFacts(
    bool WorkingDay, bool Active, ReportingScope? Scope, bool Covered, WorkMode? Planned, bool Unavailable, bool OnOfficialTravel);
