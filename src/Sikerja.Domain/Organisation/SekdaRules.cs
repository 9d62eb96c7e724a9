namespace Sikerja.Domain.Organisation;

/// <summary>
/// Which unit is the Sekretariat Daerah, whose head is the Sekda: the one rule travel approvals and travel recaps
/// share. A tenant may have two top-level Secretariats (the Sekretariat Daerah and the Sekretariat DPRD, both
/// <see cref="OrgUnitType.Secretariat"/>), so the choice is made in this order:
/// <list type="number">
/// <item>the unit the tenant chose, while it is still an open top-level Secretariat; a vacancy there leaves the
/// tenant without a Sekda rather than handing the Sekda's rights to another secretariat's head;</item>
/// <item>otherwise the open top-level Secretariats that have a head: one whose name does not mention DPRD first,
/// then by code (ordinal).</item>
/// </list>
/// </summary>
public static class SekdaRules
{
    /// <param name="units">Units of one tenant; those that are not open top-level Secretariats are never chosen.</param>
    /// <param name="chosen">The unit the tenant set as its Sekretariat Daerah, if any.</param>
    public static OrgUnit? SekretariatDaerah(IEnumerable<OrgUnit> units, Guid? chosen)
    {
        var secretariats = units.Where(IsCandidate).ToList();
        return secretariats.Find(u => u.Id == chosen)
            ?? secretariats.Where(u => u.HeadId is not null)
                .OrderBy(u => MentionsDprd(u.Name))
                .ThenBy(u => u.Code, StringComparer.Ordinal)
                .FirstOrDefault();
    }

    /// <summary>A unit a tenant may set as its Sekretariat Daerah: an open top-level Secretariat.</summary>
    public static bool IsCandidate(OrgUnit unit) => unit is { ParentId: null, Type: OrgUnitType.Secretariat, IsClosed: false };

    /// <summary>Refuses a chosen unit that does not exist in the tenant or is not an open top-level Secretariat.</summary>
    /// <param name="unit">The unit found for the chosen id; null when the tenant has none with it.</param>
    public static Problem? CheckChoice(OrgUnit? unit) => unit switch
    {
        null => new Problem("sekdaUnitId", "unit Sekretariat Daerah tidak ditemukan"),
        { Type: not OrgUnitType.Secretariat } => new Problem("sekdaUnitId", $"{unit.Name} bukan unit bertipe Sekretariat"),
        { ParentId: not null } => new Problem("sekdaUnitId", $"{unit.Name} bukan perangkat daerah (unit tingkat teratas)"),
        { IsClosed: true } => new Problem("sekdaUnitId", $"{unit.Name} sudah ditutup"),
        _ => null,
    };

    private static bool MentionsDprd(string name) => name.Contains("DPRD", StringComparison.OrdinalIgnoreCase);
}
