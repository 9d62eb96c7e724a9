using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>Turns permits into <see cref="PermitView"/>s in three queries, whatever their number. Checks no rights.</summary>
public sealed class TravelPermitReader(SikerjaDbContext db, TenantTime time, TravelSettingsService settings)
{
    public async Task<IReadOnlyList<PermitView>> ViewsAsync(IReadOnlyList<TravelPermit> permits, CancellationToken ct)
    {
        var employeeIds = permits.Select(p => p.EmployeeId).Distinct().ToList();
        var people = await db.Employees.AsNoTracking().Where(e => employeeIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.Nip }).ToDictionaryAsync(e => e.Id, ct);
        var permitIds = permits.Select(p => p.Id).ToList();
        var decisions = (await (from d in db.TravelDecisions.AsNoTracking()
                                join u in db.Users on d.DecidedByUser equals u.Id
                                where permitIds.Contains(d.PermitId)
                                orderby d.DecidedAt
                                select new { d, u.DisplayName }).ToListAsync(ct))
            .ToLookup(x => x.d.PermitId, x => new DecisionView(x.d, x.DisplayName));
        var grace = (await settings.CurrentAsync(ct)).EmergencyGraceHours;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(time.ZoneId);
        var now = time.Clock.UtcNow;
        return [.. permits.Select(p => new PermitView(
            p, people[p.EmployeeId].Name, people[p.EmployeeId].Nip,
            p.Status == PermitStatus.Pending && p.StepsApproved < p.Chain.Count ? p.Chain[p.StepsApproved] : null,
            DecisionTiming.Lapsed(p.Status, p.Emergency, DecisionTiming.DepartureUtc(p.LeavesOn, zone), now, grace),
            [.. decisions[p.Id]]))];
    }
}
