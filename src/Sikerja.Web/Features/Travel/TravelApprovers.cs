using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.Travel;

namespace Sikerja.Web.Features.Travel;

/// <summary>The employee who holds each person step for one requester now.</summary>
public sealed record StepHolders(Guid? DirectSuperior, Guid? AgencyHead, Guid? Sekda)
{
    public Guid? Of(ApprovalStep step) => step switch
    {
        ApprovalStep.DirectSuperior => DirectSuperior,
        ApprovalStep.AgencyHead => AgencyHead,
        ApprovalStep.Sekda => Sekda,
        _ => null,
    };
}

/// <summary>
/// Who approves, read from the organisation as it stands: the direct superior from the reporting lines, the head of
/// an agency as the head of its top-level unit, the Sekda as the head of the Sekretariat Daerah (the top-level
/// Secretariat unit; the Sekretariat DPRD is one too, so a unit naming DPRD comes last), and for the head of the
/// region every employee with a leadership account.
/// </summary>
public sealed class TravelApprovers(SikerjaDbContext db)
{
    private Guid? _sekda;
    private bool _sekdaRead;

    /// <summary>The top-level unit above (or at) a unit: the first segment of its path.</summary>
    public static Guid AgencyOf(string unitPath) => Guid.ParseExact(unitPath[..32], "N");

    public async Task<Guid?> SekdaAsync(CancellationToken ct)
    {
        if (!_sekdaRead)
        {
            var secretariats = await db.OrgUnits.AsNoTracking()
                .Where(u => u.Type == OrgUnitType.Secretariat && u.ParentId == null && !u.IsClosed && u.HeadId != null)
                .Select(u => new { u.Code, u.Name, u.HeadId }).ToListAsync(ct);
            _sekda = secretariats.OrderBy(u => u.Name.Contains("DPRD", StringComparison.OrdinalIgnoreCase)).ThenBy(u => u.Code, StringComparer.Ordinal)
                .Select(u => u.HeadId).FirstOrDefault();
            _sekdaRead = true;
        }
        return _sekda;
    }

    public async Task<Guid?> HeadOfAsync(Guid agencyId, CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().Where(u => u.Id == agencyId).Select(u => u.HeadId).SingleOrDefaultAsync(ct);

    public async Task<StepHolders> ForAsync(Guid? supervisorId, Guid agencyId, CancellationToken ct) =>
        new(supervisorId, await HeadOfAsync(agencyId, ct), await SekdaAsync(ct));

    /// <summary>Whom to tell that a step waits for them: its holder, or every leadership employee for the head of the region.</summary>
    public async Task<IReadOnlyList<Guid>> ToNotifyAsync(ApprovalStep step, StepHolders holders, Guid requester, CancellationToken ct)
    {
        if (step != ApprovalStep.RegionHead)
        {
            return holders.Of(step) is { } holder && holder != requester ? [holder] : [];
        }
        var tenant = db.CurrentTenantId;
        return await (from g in db.RoleGrants
                      join u in db.Users on g.UserId equals u.Id
                      where g.TenantId == tenant && g.Role == Role.Leadership && u.EmployeeId != null && u.EmployeeId != requester
                      select u.EmployeeId!.Value).Distinct().ToListAsync(ct);
    }
}
