using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Web.Features.Demo;

/// <summary>A unit of the regency being planned, before it is written.</summary>
internal sealed class PlannedUnit
{
    public Guid Id { get; } = Guid.CreateVersion7();
    public required string Code { get; init; }
    public required string Name { get; init; }
    public OrgUnitType Type { get; init; }
    public PlannedUnit? Parent { get; init; }
    public int Depth => Parent is null ? 0 : Parent.Depth + 1;
    public string Path => (Parent?.Path ?? "") + OrgUnit.PathSegment(Id);
    public Post? Head { get; set; }
    public string? Address { get; set; }
    public (double Latitude, double Longitude, int RadiusMetres)? Office { get; set; }

    /// <summary>True for the unit itself and every unit below it.</summary>
    public bool IsWithin(string code) => Code == code || Code.StartsWith(code + ".", StringComparison.Ordinal);
}

/// <summary>A post in a unit: a head, a named post (Asisten, Staf Ahli …) or a staff or functional place.</summary>
internal sealed class Post
{
    public required PlannedUnit Unit { get; init; }
    public PositionLevel Level { get; init; }
    public string? Title { get; init; }
    public bool Heads { get; init; }

    /// <summary>What kind of functional posts and how many women a place has (health, school, hospital …).</summary>
    public required string Context { get; init; }

    /// <summary>A superior other than the unit tree's default (a Kepala Bagian reports to an Asisten).</summary>
    public Post? ReportsTo { get; set; }

    public bool IsStructural => Level is PositionLevel.Jpt or PositionLevel.Administrator or PositionLevel.Supervisor;
}

/// <summary>A place that takes staff: its unit, its share of the staff, and whether it gets one staff member first.</summary>
internal sealed record StaffSlot(PlannedUnit Unit, double Weight, string Context, bool StaffFirst);

/// <summary>The planned regency: units in creation order (parents first) and posts in unit order.</summary>
internal sealed class RegencyPlan
{
    public List<PlannedUnit> Units { get; } = [];
    public List<Post> Posts { get; } = [];

    public PlannedUnit Unit(string code, string name, OrgUnitType type, PlannedUnit? parent)
    {
        var unit = new PlannedUnit { Code = code, Name = name, Type = type, Parent = parent };
        Units.Add(unit);
        return unit;
    }

    public Post Add(PlannedUnit unit, PositionLevel level, string? title, string context, bool heads = false)
    {
        var post = new Post { Unit = unit, Level = level, Title = title, Heads = heads, Context = context };
        Posts.Add(post);
        if (heads)
        {
            unit.Head = post;
        }
        return post;
    }
}
