using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Tests.Rosters;

internal static class RosterQueries
{
    public static RosterAssignment Of(this Roster roster, string employee, DateOnly date) =>
        roster.Assignments.Single(a => a.Employee == employee && a.Date == date);

    public static IEnumerable<RosterAssignment> On(this Roster roster, DateOnly date) =>
        roster.Assignments.Where(a => a.Date == date);

    public static int OfficeDays(this Roster roster, string employee) =>
        roster.Assignments.Count(a => a.Employee == employee && a.Mode == WorkMode.Office);

    /// <summary>How many of the employees whose id starts with <paramref name="prefix"/> are at the office in a shift.</summary>
    public static int AtOffice(this Roster roster, DateOnly date, string prefix, int shift = 0) =>
        roster.On(date).Count(a => a.Employee.StartsWith(prefix, StringComparison.Ordinal) && a.Shifts.Contains(shift));
}
