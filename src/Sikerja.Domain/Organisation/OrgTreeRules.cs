namespace Sikerja.Domain.Organisation;

/// <summary>The rules of changing the unit tree; each returns the problems that refuse a change.</summary>
public static class OrgTreeRules
{
    /// <summary>A unit may not become a descendant of itself.</summary>
    public static Problem? CheckMove(Guid unitId, Guid? newParentId, IReadOnlyDictionary<Guid, Guid?> parentOf)
    {
        for (var p = newParentId; p is { } id; p = parentOf.GetValueOrDefault(id))
        {
            if (id == unitId)
            {
                return new Problem("parent", "unit tidak dapat dipindahkan ke bawah dirinya sendiri atau sub-unitnya");
            }
        }
        return null;
    }

    /// <summary>A unit may be closed only when no active employee and no open sub-unit remains in it.</summary>
    public static Problem? CheckClose(int activeEmployees, int openChildren)
    {
        if (activeEmployees > 0)
        {
            return new Problem("unit", $"unit masih memiliki {activeEmployees} pegawai aktif; pindahkan mereka dahulu");
        }
        if (openChildren > 0)
        {
            return new Problem("unit", $"unit masih memiliki {openChildren} sub-unit yang belum ditutup");
        }
        return null;
    }

    public static string PathOf(Guid id, string? parentPath) => (parentPath ?? "") + OrgUnit.PathSegment(id);
}
