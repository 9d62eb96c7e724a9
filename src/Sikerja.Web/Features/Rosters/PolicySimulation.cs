using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>One day of an agency in a simulation: how many at the office in each shift, at home and off.</summary>
public sealed record SimulationDay(DateOnly Date, IReadOnlyList<int> OfficePerShift, int Home, int Off);

/// <summary>An agency (top-level unit) in a simulation, with its shortfalls and cap violations.</summary>
public sealed record SimulationAgency(
    string Code, string Name, int Employees, IReadOnlyList<SimulationDay> Days, IReadOnlyList<Shortfall> Shortfalls, IReadOnlyList<CapViolation> Violations);

public sealed record Simulation(
    Policy Policy, DateOnly From, DateOnly To, IReadOnlyList<Shift> Shifts, IReadOnlyList<SimulationAgency> Agencies, IReadOnlyDictionary<string, string> UnitNames)
{
    public int ShortfallCount => Agencies.Sum(a => a.Shortfalls.Count);

    public int ViolationCount => Agencies.Sum(a => a.Violations.Count);
}

/// <summary>
/// What a circular (typically a draft, before it is signed) would do to the real organisation over a period: the
/// roster is planned for the whole tenant and summed per agency and day, with every shortfall and cap conflict.
/// Nothing is stored. Tenant admins only: circulars are the whole tenant's.
/// </summary>
public sealed class PolicySimulation(SikerjaDbContext db, RosterAccess access, ScenarioBuilder scenarios)
{
    /// <summary>The days simulated when no period is given: the first two weeks the policy is in force.</summary>
    public const int DefaultDays = 14;

    public async Task<CommandResult<Simulation>> SimulateAsync(Guid policyId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var policy = access.TenantId is null ? null : await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == policyId, ct);
        if (policy is null)
        {
            return CommandResult<Simulation>.NotFound();
        }
        if (!access.MayPlan(null))
        {
            return CommandResult<Simulation>.Forbidden();
        }
        var first = from ?? policy.EffectiveFrom;
        var last = to ?? Min(policy.EffectiveUntil ?? DateOnly.MaxValue, first.AddDays(DefaultDays - 1));
        if (RosterGenerator.PeriodProblem(first, last) is { } period)
        {
            return CommandResult<Simulation>.Refused([period]);
        }
        var stored = await scenarios.BuildAsync(policy.TenantId, (Guid?)null, policy.Rules, first, last, ct);
        var scenario = stored.Scenario;
        var roster = RosterSolver.Solve(scenario);
        var shifts = scenario.Policy.Shifts.Count == 0 ? [Shift.FullDay] : scenario.Policy.Shifts;
        var unitOf = scenario.Employees.ToDictionary(e => e.Id, e => e.Unit, StringComparer.Ordinal);
        var byAgency = roster.Assignments.ToLookup(a => stored.AgencyOf(unitOf[a.Employee]));
        var shortfalls = roster.Shortfalls.ToLookup(s => stored.AgencyOf(s.Unit));
        var violations = roster.Violations.ToLookup(v => v.Unit);
        var people = scenario.Employees.GroupBy(e => stored.AgencyOf(e.Unit)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var agencies = scenario.Units.Where(u => u.Parent is null)
            .Select(u => new SimulationAgency(
                u.Id,
                u.Name,
                people.GetValueOrDefault(u.Id),
                [
                    .. byAgency[u.Id].GroupBy(a => a.Date).OrderBy(g => g.Key).Select(g => new SimulationDay(
                        g.Key,
                        [.. Enumerable.Range(0, shifts.Count).Select(s => g.Count(a => a.Mode == WorkMode.Office && a.Shifts.Contains(s)))],
                        g.Count(a => a.Mode == WorkMode.Home),
                        g.Count(a => a.Mode == WorkMode.Off))),
                ],
                [.. shortfalls[u.Id]],
                [.. violations[u.Id]]))
            .Where(a => a.Employees > 0)
            .OrderByDescending(a => a.Shortfalls.Count + a.Violations.Count > 0)
            .ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
        return CommandResult<Simulation>.Done(new Simulation(
            policy, first, last, shifts, agencies, scenario.Units.ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal)));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
