using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Rosters;

/// <summary>Stores a solved roster as a draft <see cref="RosterPlan"/> with one <see cref="RosterEntry"/> per assignment.</summary>
public sealed class RosterPlanWriter(SikerjaDbContext db, TimeProvider time)
{
    public async Task<RosterPlan> SaveDraftAsync(
        Guid tenantId, Guid? agencyId, Guid? policyId, StoredScenario stored, Roster roster, Guid? generatedBy, CancellationToken ct)
    {
        var scenario = stored.Scenario;
        var plan = new RosterPlan
        {
            TenantId = tenantId,
            AgencyId = agencyId,
            PolicyId = policyId,
            PolicyNumber = scenario.Policy.Number,
            PolicySnapshot = scenario.Policy,
            From = scenario.Period.From,
            To = scenario.Period.To,
            Status = RosterStatus.Draft,
            GeneratedAt = time.GetUtcNow().UtcDateTime,
            GeneratedBy = generatedBy,
            Shortfalls = PlanRecords.Write(roster.Shortfalls),
            Violations = PlanRecords.Write(roster.Violations),
            EmployeeCount = roster.Summary.Employees,
            WorkingDayCount = roster.Summary.WorkingDays,
        };
        var unitOf = scenario.Employees.ToDictionary(e => e.Id, e => stored.UnitIds[e.Unit], StringComparer.Ordinal);
        db.RosterPlans.Add(plan);
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.RosterEntries.AddRange(roster.Assignments.Select(a => new RosterEntry
            {
                PlanId = plan.Id,
                TenantId = tenantId,
                EmployeeId = stored.EmployeeIds[a.Employee],
                UnitId = unitOf[a.Employee],
                Date = a.Date,
                Mode = a.Mode,
                ShiftMask = (int)a.Shifts.Bits,
                Reason = a.Reason,
            }));
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        db.ChangeTracker.Clear();
        return plan;
    }

    /// <summary>Removes a draft and its entries (a published roster is never removed).</summary>
    public async Task DiscardAsync(RosterPlan plan, CancellationToken ct)
    {
        await db.RosterEntries.Where(e => e.PlanId == plan.Id).ExecuteDeleteAsync(ct);
        db.RosterPlans.Remove(plan);
        await db.SaveChangesAsync(ct);
    }
}
