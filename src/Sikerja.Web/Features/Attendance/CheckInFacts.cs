using Sikerja.Domain.Attendance;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Attendance;

/// <summary>What judging one check-in needs of the employee, read in one statement with those of concurrent check-ins (<see cref="CheckInFactsReader"/>) (the tenant's part: <see cref="AttendanceTenants"/>; the office: <see cref="UnitOffices"/>).</summary>
internal sealed class CheckInFacts
{
    public Guid EmployeeId { get; init; }
    public Guid UnitId { get; init; }
    public string UnitPath { get; init; } = "";
    public HomeArea? HomeArea { get; init; }
    public List<EntryFact> Entries { get; init; } = [];
}

/// <summary>A unit's office: the unit whose location it is, and that location.</summary>
public sealed record OfficeFact(Guid UnitId, string Name, string? Address, string Path, OfficeLocation Location);

/// <summary>A published roster entry of the record's work date.</summary>
internal sealed record EntryFact(DateOnly Date, WorkMode Mode, int ShiftMask, Guid PlanId, DateTime? PublishedAt);
