using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Organisation;
using Sikerja.Web.Access;

namespace Sikerja.Web.Features.Organisation;

/// <summary>One level of the unit tree as a person browses it: where they are, and the units below with head counts.</summary>
public sealed record OrgTreeLevel(
    OrgTreeNode? Focus,
    IReadOnlyList<OrgTreeNode> Ancestors,
    IReadOnlyList<OrgTreeNode> Children,
    int TotalEmployees);

/// <summary>A unit with the number of active employees in it and in its whole subtree.</summary>
public sealed record OrgTreeNode(
    Guid Id,
    string Code,
    string Name,
    OrgUnitType Type,
    Guid? ParentId,
    bool IsClosed,
    int ChildCount,
    int DirectEmployees,
    int SubtreeEmployees,
    Guid? HeadId,
    string? HeadName);

public sealed class OrgTreeQuery(SikerjaDbContext db, OrganisationAccess access)
{
    /// <summary>
    /// The level below <paramref name="focusId"/> (or the caller's top units without one). Counts are summed up
    /// the tree in memory from one grouped query, so the cost does not grow with depth.
    /// </summary>
    public async Task<OrgTreeLevel?> LevelAsync(Guid? focusId, bool includeClosed, CancellationToken ct)
    {
        var visible = await access.VisibleUnitsAsync(ct);
        // Head names come with the units (a left join): asking for them by id afterwards cost a parameter per unit.
        var units = await (
                from u in visible.AsNoTracking()
                join e in db.Employees.AsNoTracking() on u.HeadId equals (Guid?)e.Id into heads
                from head in heads.DefaultIfEmpty()
                select new { u.Id, u.Code, u.Name, u.Type, u.ParentId, u.IsClosed, u.HeadId, HeadName = head != null ? head.Name : null })
            .ToListAsync(ct);
        var byId = units.ToDictionary(u => u.Id);
        var direct = await db.Employees.AsNoTracking().Where(e => e.IsActive)
            .GroupBy(e => e.UnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var subtree = new Dictionary<Guid, int>();
        foreach (var u in units)
        {
            var n = direct.GetValueOrDefault(u.Id);
            for (Guid? a = u.Id; a is { } id && byId.TryGetValue(id, out var unit); a = unit.ParentId)
            {
                subtree[id] = subtree.GetValueOrDefault(id) + n;
            }
        }
        var childCount = units.Where(u => includeClosed || !u.IsClosed).Where(u => u.ParentId is not null)
            .GroupBy(u => u.ParentId!.Value).ToDictionary(g => g.Key, g => g.Count());

        OrgTreeNode Node(Guid id)
        {
            var u = byId[id];
            return new OrgTreeNode(u.Id, u.Code, u.Name, u.Type, u.ParentId, u.IsClosed, childCount.GetValueOrDefault(u.Id),
                direct.GetValueOrDefault(u.Id), subtree.GetValueOrDefault(u.Id), u.HeadId, u.HeadName);
        }

        if (focusId is { } focus && !byId.ContainsKey(focus))
        {
            return null;
        }
        var ancestors = new List<OrgTreeNode>();
        for (var a = focusId is { } f ? byId[f].ParentId : null; a is { } id && byId.ContainsKey(id); a = byId[id].ParentId)
        {
            ancestors.Insert(0, Node(id));
        }
        // Top of the caller's view: units whose parent the caller cannot see (the tenant's roots, or an agency).
        var children = units
            .Where(u => focusId is { } fid ? u.ParentId == fid : u.ParentId is not { } p || !byId.ContainsKey(p))
            .Where(u => includeClosed || !u.IsClosed)
            .OrderBy(u => u.Type).ThenBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, true))
            .Select(u => Node(u.Id))
            .ToList();
        var total = focusId is { } fo ? subtree.GetValueOrDefault(fo) : children.Sum(c => c.SubtreeEmployees);
        return new OrgTreeLevel(focusId is { } x ? Node(x) : null, ancestors, children, total);
    }
}
