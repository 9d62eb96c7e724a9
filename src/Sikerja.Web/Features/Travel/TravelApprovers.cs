using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Access;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Organisation;

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
/// an agency as the head of its top-level unit, the Sekda as <see cref="SekdaReader"/> finds them (the same Sekda
/// the travel recaps go to), and for the head of the region every employee with a leadership account.
/// </summary>
public sealed class TravelApprovers(SikerjaDbContext db, SekdaReader sekda)
{
    /// <summary>The top-level unit above (or at) a unit: the first segment of its path.</summary>
    public static Guid AgencyOf(string unitPath) => Guid.ParseExact(unitPath[..32], "N");

    public Task<Guid?> SekdaAsync(CancellationToken ct) => sekda.SekdaAsync(ct);

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
