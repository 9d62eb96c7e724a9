namespace Sikerja.Domain.Rosters;

public sealed record RosterSummary(int Employees, int WorkingDays, int OfficeAssignments, int HomeAssignments);
