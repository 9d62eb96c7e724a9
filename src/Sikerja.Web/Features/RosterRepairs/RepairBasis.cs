using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Rosters;

namespace Sikerja.Web.Features.RosterRepairs;

/// <summary>
/// What a repair starts from: the scenario of a published roster as the organisation and the unavailability records
/// stand now, and the published roster itself, made to agree. The roster keeps its own days (a holiday added since
/// does not remove one); it keeps its own people: someone who joined since is not in it (a new roster plans them),
/// and someone who left or was closed with their unit keeps their published days.
/// </summary>
/// <param name="Overridden">The cells an admin set by hand against the rules (an audited override, or an approved
/// office-work request): repair keeps them unless their employee became unavailable that day.</param>
public sealed record RepairBasis(
    Scenario Scenario, Roster Published, IReadOnlyDictionary<string, Guid> EmployeeIds, int NotInOrganisation, int NotInRoster,
    IReadOnlySet<(string Employee, DateOnly Date)> Overridden)
{
    private static readonly WorkWeek EveryDay = WorkWeek.MondayToSaturday | WorkWeek.Sunday;

    public static async Task<RepairBasis> LoadAsync(SikerjaDbContext db, ScenarioBuilder scenarios, RosterPlan plan, CancellationToken ct)
    {
        var stored = await scenarios.BuildAsync(plan.TenantId, plan.AgencyId, plan.PolicySnapshot, plan.From, plan.To, ct);
        var entries = await db.RosterEntries.AsNoTracking().Where(e => e.PlanId == plan.Id)
            .Select(e => new { e.EmployeeId, e.Date, e.Mode, e.ShiftMask, e.Reason, e.Overridden })
            .ToListAsync(ct);
        var planned = entries.Select(e => e.EmployeeId).ToHashSet();
        var days = entries.Select(e => e.Date).ToHashSet();

        var kept = stored.Scenario.Employees.Where(e => planned.Contains(stored.EmployeeIds[e.Id])).ToList();
        var nips = kept.ToDictionary(e => stored.EmployeeIds[e.Id], e => e.Id);
        var notWorked = new List<DateOnly>();
        for (var d = plan.From; d <= plan.To; d = d.AddDays(1))
        {
            if (!days.Contains(d))
            {
                notWorked.Add(d);
            }
        }
        var scenario = stored.Scenario with { Employees = kept, Calendar = new ScenarioCalendar(EveryDay, notWorked) };

        var assignments = entries.Where(e => nips.ContainsKey(e.EmployeeId))
            .Select(e => new RosterAssignment(nips[e.EmployeeId], e.Date, e.Mode, new ShiftSet((uint)e.ShiftMask), e.Reason))
            .ToList();
        var published = new Roster(
            plan.PolicyNumber, assignments, plan.ShortfallList(), plan.ViolationList(),
            new RosterSummary(kept.Count, days.Count, assignments.Count(a => a.Mode == WorkMode.Office), assignments.Count(a => a.Mode == WorkMode.Home)));
        return new RepairBasis(
            scenario, published, nips.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal),
            planned.Count - kept.Count, stored.Scenario.Employees.Count - kept.Count,
            entries.Where(e => e.Overridden && nips.ContainsKey(e.EmployeeId)).Select(e => (nips[e.EmployeeId], e.Date)).ToHashSet());
    }
}
