using Sikerja.Domain.Attendance;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Attendance;

/// <summary>Everything judging one check-in needs (but the office, see <see cref="UnitOffices"/>), read in one round trip.</summary>
internal sealed class CheckInFacts
{
    public Guid UnitId { get; init; }
    public string UnitPath { get; init; } = "";
    public string TimeZoneId { get; init; } = "";
    public AttendanceSettings? Settings { get; init; }
    public HomeArea? HomeArea { get; init; }
    public List<CheckIn> Stored { get; init; } = [];
    public List<EntryFact> Entries { get; init; } = [];
    public List<PriorFix> Prior { get; init; } = [];
}

/// <summary>A unit's office: the unit whose location it is, and that location.</summary>
public sealed record OfficeFact(Guid UnitId, string Name, string? Address, string Path, OfficeLocation Location);

/// <summary>A published roster entry near the record's date.</summary>
internal sealed record EntryFact(DateOnly Date, WorkMode Mode, int ShiftMask, Guid PlanId, DateTime? PublishedAt);
