using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Organisation;

namespace Sikerja.Web.Features.Organisation;

/// <summary>
/// The current tenant's Sekretariat Daerah and its head, the Sekda, by <see cref="SekdaRules"/> over the open
/// top-level Secretariats and the unit chosen in the travel settings; read once a request. Travel approvals
/// (the Sekda step) and travel recaps (the Sekda's reading and notices) both ask here, so they always agree.
/// </summary>
public sealed class SekdaReader(SikerjaDbContext db)
{
    private IReadOnlyList<OrgUnit>? _secretariats;
    private OrgUnit? _sekretariatDaerah;
    private bool _chosen;

    /// <summary>The units a tenant may set as its Sekretariat Daerah, by name.</summary>
    public async Task<IReadOnlyList<OrgUnit>> CandidatesAsync(CancellationToken ct) =>
        _secretariats ??= await db.OrgUnits.AsNoTracking()
            .Where(u => u.ParentId == null && u.Type == OrgUnitType.Secretariat && !u.IsClosed)
            .OrderBy(u => u.Name).ThenBy(u => u.Code)
            .ToListAsync(ct);

    public async Task<OrgUnit?> SekretariatDaerahAsync(CancellationToken ct)
    {
        if (!_chosen)
        {
            var chosen = await db.TravelSettings.AsNoTracking().Select(s => s.SekdaUnitId).SingleOrDefaultAsync(ct);
            _sekretariatDaerah = SekdaRules.SekretariatDaerah(await CandidatesAsync(ct), chosen);
            _chosen = true;
        }
        return _sekretariatDaerah;
    }

    /// <summary>The employee who is the Sekda now; null while there is none (no Secretariat, or a vacancy).</summary>
    public async Task<Guid?> SekdaAsync(CancellationToken ct) => (await SekretariatDaerahAsync(ct))?.HeadId;
}
