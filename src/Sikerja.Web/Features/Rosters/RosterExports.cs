using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>A JSON document to download.</summary>
public sealed record JsonFile(string FileName, byte[] Content);

/// <summary>
/// Stored data as the documents of roster-scenario.md, so that <c>sikerja roster check</c> can verify what the
/// application planned: any stored policy over the tenant's (or an agency's) organisation for a period as a scenario,
/// and a stored roster as a roster with its scenario (today's organisation, calendar and unavailability, under the
/// policy snapshot the roster was planned with). An agency admin exports their agencies only.
/// </summary>
public sealed class RosterExports(SikerjaDbContext db, RosterAccess access, ScenarioBuilder scenarios)
{
    public async Task<CommandResult<JsonFile>> PolicyScenarioAsync(Guid policyId, Guid? agencyId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (access.TenantId is not { } tenantId)
        {
            return CommandResult<JsonFile>.Forbidden();
        }
        var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == policyId, ct);
        if (policy is null || (agencyId is { } a && !await db.OrgUnits.AnyAsync(u => u.Id == a && u.ParentId == null, ct)))
        {
            return CommandResult<JsonFile>.NotFound();
        }
        if (!access.MayPlan(agencyId))
        {
            return CommandResult<JsonFile>.Forbidden();
        }
        if (RosterGenerator.PeriodProblem(from, to) is { } period)
        {
            return CommandResult<JsonFile>.Refused([period]);
        }
        var stored = await scenarios.BuildAsync(tenantId, agencyId, policy.Rules, from, to, ct);
        return CommandResult<JsonFile>.Done(new JsonFile($"skenario-{Slug(policy.Number)}-{from:yyyyMMdd}.json", Write(s => ScenarioJson.Write(stored.Scenario, s))));
    }

    public async Task<CommandResult<JsonFile>> PlanScenarioAsync(Guid planId, CancellationToken ct)
    {
        var found = await PlanAsync(planId, ct);
        if (!found.IsDone)
        {
            return CommandResult<JsonFile>.NotFound();
        }
        var (plan, stored) = found.Value;
        return CommandResult<JsonFile>.Done(new JsonFile($"skenario-{Slug(plan.PolicyNumber)}-{plan.From:yyyyMMdd}.json", Write(s => ScenarioJson.Write(stored.Scenario, s))));
    }

    /// <summary>The stored roster in the roster format: the cells of the scenario's employees, the stored shortfalls and violations.</summary>
    public async Task<CommandResult<JsonFile>> RosterAsync(Guid planId, CancellationToken ct)
    {
        var found = await PlanAsync(planId, ct);
        if (!found.IsDone)
        {
            return CommandResult<JsonFile>.NotFound();
        }
        var (plan, stored) = found.Value;
        var nips = stored.EmployeeIds.ToDictionary(kv => kv.Value, kv => kv.Key);
        var entries = await db.RosterEntries.AsNoTracking().Where(e => e.PlanId == plan.Id)
            .Select(e => new { e.EmployeeId, e.Date, e.Mode, e.ShiftMask, e.Reason })
            .ToListAsync(ct);
        var assignments = entries.Where(e => nips.ContainsKey(e.EmployeeId))
            .OrderBy(e => e.Date).ThenBy(e => nips[e.EmployeeId], StringComparer.Ordinal)
            .Select(e => new RosterAssignment(nips[e.EmployeeId], e.Date, e.Mode, new ShiftSet((uint)e.ShiftMask), e.Reason))
            .ToList();
        var units = stored.UnitIds.Keys.ToHashSet(StringComparer.Ordinal);
        var roster = new Roster(
            plan.PolicyNumber,
            assignments,
            [.. plan.ShortfallList().Where(s => units.Contains(s.Unit))],
            [.. plan.ViolationList().Where(v => units.Contains(v.Unit))],
            new RosterSummary(
                stored.Scenario.Employees.Count,
                stored.Scenario.WorkingDays().Count,
                assignments.Count(a => a.Mode == WorkMode.Office),
                assignments.Count(a => a.Mode == WorkMode.Home)));
        return CommandResult<JsonFile>.Done(new JsonFile($"jadwal-{Slug(plan.PolicyNumber)}-{plan.From:yyyyMMdd}.json", Write(s => RosterJson.Write(roster, stored.Scenario, s))));
    }

    /// <summary>The plan and its scenario, limited to the agencies the caller may read.</summary>
    private async Task<CommandResult<(RosterPlan, StoredScenario)>> PlanAsync(Guid planId, CancellationToken ct)
    {
        var plan = access.TenantId is null ? null : await db.RosterPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        // The scenario holds health data (priority-home flags, unavailable days): admins only, not leadership.
        if (plan is null || !access.MayPlanAny || access.ReadableAgencies(plan) is { Count: 0 })
        {
            return CommandResult<(RosterPlan, StoredScenario)>.NotFound();
        }
        var agencies = access.ReadableAgencies(plan) ?? (plan.AgencyId is { } a ? new HashSet<Guid> { a } : null);
        var stored = await scenarios.BuildAsync(plan.TenantId, agencies, plan.PolicySnapshot, plan.From, plan.To, ct);
        return CommandResult<(RosterPlan, StoredScenario)>.Done((plan, stored));
    }

    private static byte[] Write(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    private static string Slug(string number) =>
        new([.. number.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
}
