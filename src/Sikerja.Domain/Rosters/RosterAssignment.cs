namespace Sikerja.Domain.Rosters;

/// <summary>Where one employee works on one working day: <see cref="WorkMode.Office"/> in
/// <see cref="Shifts"/>, <see cref="WorkMode.Home"/> or <see cref="WorkMode.Off"/> (no shifts).</summary>
public readonly record struct RosterAssignment(string Employee, DateOnly Date, WorkMode Mode, ShiftSet Shifts, AssignmentReason Reason);
