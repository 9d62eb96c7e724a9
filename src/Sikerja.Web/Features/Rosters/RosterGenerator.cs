using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <param name="AgencyId">The agency (top-level unit) to plan; null for the whole tenant.</param>
public sealed record GenerateRequest(Guid? AgencyId, DateOnly From, DateOnly To);

/// <summary>
/// Plans the roster of a period for the whole tenant (tenant admins) or one agency (its admins and tenant admins)
/// under the published circular in force, and stores it as a draft.
/// </summary>
public sealed class RosterGenerator(
    SikerjaDbContext db, RosterAccess access, RosterPolicies policies, ScenarioBuilder scenarios, RosterPlanWriter writer)
{
    public async Task<CommandResult<RosterPlan>> GenerateAsync(GenerateRequest request, CancellationToken ct)
    {
        if (access.TenantId is not { } tenantId || !access.MayPlan(request.AgencyId))
        {
            return CommandResult<RosterPlan>.Forbidden();
        }
        if (request.AgencyId is { } agencyId && !await db.OrgUnits.AnyAsync(u => u.Id == agencyId && u.ParentId == null && !u.IsClosed, ct))
        {
            return CommandResult<RosterPlan>.NotFound();
        }
        if (PeriodProblem(request.From, request.To) is { } period)
        {
            return CommandResult<RosterPlan>.Refused([period]);
        }
        if (await PublishedOverlapAsync(request.AgencyId, request.From, request.To, null, ct) is { } published)
        {
            return CommandResult<RosterPlan>.Refused([published]);
        }
        var (policy, problem) = await policies.InForceAsync(request.From, request.To, ct);
        if (policy is null)
        {
            return CommandResult<RosterPlan>.Refused([problem!]);
        }
        var stored = await scenarios.BuildAsync(tenantId, request.AgencyId, policy.Rules, request.From, request.To, ct);
        if (stored.Scenario.Employees.Count == 0)
        {
            return CommandResult<RosterPlan>.Refused("agencyId", "tidak ada pegawai aktif untuk dijadwalkan");
        }
        var roster = RosterSolver.Solve(stored.Scenario);
        var plan = await writer.SaveDraftAsync(tenantId, request.AgencyId, policy.Id, stored, roster, access.UserId, ct);
        return CommandResult<RosterPlan>.Done(plan);
    }

    public static Problem? PeriodProblem(DateOnly from, DateOnly to) =>
        from > to ? new Problem("to", "tanggal akhir tidak boleh sebelum tanggal awal")
        : to.DayNumber - from.DayNumber + 1 > ScenarioPeriod.MaxDays ? new Problem("to", $"periode paling panjang {ScenarioPeriod.MaxDays} hari")
        : null;

    /// <summary>A published roster meeting this scope and period: it is changed only through repair.</summary>
    public async Task<Problem?> PublishedOverlapAsync(Guid? agencyId, DateOnly from, DateOnly to, Guid? except, CancellationToken ct)
    {
        var published = await db.RosterPlans.AsNoTracking()
            .Where(p => p.Status == RosterStatus.Published && p.Id != except && p.From <= to && p.To >= from)
            .Where(p => agencyId == null || p.AgencyId == null || p.AgencyId == agencyId)
            .OrderBy(p => p.From)
            .Select(p => new { p.From, p.To, p.PolicyNumber })
            .FirstOrDefaultAsync(ct);
        return published is null
            ? null
            : new Problem("from",
                $"jadwal piket {published.From:yyyy-MM-dd} s.d. {published.To:yyyy-MM-dd} (SE {published.PolicyNumber}) sudah diterbitkan untuk periode ini; " +
                "jadwal yang sudah terbit hanya diubah lewat perbaikan jadwal");
    }
}
