using Microsoft.EntityFrameworkCore;
using Sikerja.Data;

namespace Sikerja.Web.Features.Rosters;

/// <summary>The tenant's unit tree as the roster pages need it: names, codes, agency, depth and tree order.</summary>
public sealed class RosterUnits
{
    private readonly Dictionary<Guid, Node> _byId;
    private readonly Dictionary<string, Guid> _byCode;
    private readonly Dictionary<Guid, int> _order = [];

    private sealed record Node(Guid Id, string Code, string Name, Guid? ParentId);

    private RosterUnits(List<Node> nodes)
    {
        _byId = nodes.ToDictionary(n => n.Id);
        _byCode = nodes.ToDictionary(n => n.Code, n => n.Id, StringComparer.Ordinal);
        var children = nodes.ToLookup(n => n.ParentId is { } p && _byId.ContainsKey(p) ? p : (Guid?)null);
        void Visit(Guid? parent)
        {
            foreach (var n in children[parent].OrderBy(n => n.Code, StringComparer.Ordinal))
            {
                _order[n.Id] = _order.Count;
                Visit(n.Id);
            }
        }
        Visit(null);
    }

    public static async Task<RosterUnits> LoadAsync(SikerjaDbContext db, CancellationToken ct) =>
        new(await db.OrgUnits.AsNoTracking().Select(u => new Node(u.Id, u.Code, u.Name, u.ParentId)).ToListAsync(ct));

    public bool Contains(Guid id) => _byId.ContainsKey(id);

    public Guid? IdOf(string code) => _byCode.TryGetValue(code, out var id) ? id : null;

    public string Code(Guid id) => _byId[id].Code;

    public string Name(Guid id) => _byId[id].Name;

    public int Order(Guid id) => _order.GetValueOrDefault(id, int.MaxValue);

    public Guid AgencyOf(Guid id)
    {
        var node = _byId[id];
        for (var guard = 0; node.ParentId is { } p && _byId.TryGetValue(p, out var parent) && guard < _byId.Count; guard++)
        {
            node = parent;
        }
        return node.Id;
    }

    public int Depth(Guid id)
    {
        var depth = 0;
        for (var node = _byId[id]; node.ParentId is { } p && _byId.TryGetValue(p, out var parent) && depth < _byId.Count; node = parent)
        {
            depth++;
        }
        return depth;
    }

    public IReadOnlyDictionary<string, string> NamesByCode() => _byId.Values.ToDictionary(n => n.Code, n => n.Name, StringComparer.Ordinal);
}
