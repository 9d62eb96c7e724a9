using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.RosterRepairs;

/// <summary>
/// Repairs a published roster after people became unavailable (or available again): re-plans the remaining days
/// with <see cref="RosterRepair"/>, changing as few assignments as it can; stores exactly the changed ones, records
/// them and notifies each employee concerned. Those who may publish the roster repair it.
/// </summary>
public sealed class RosterRepairService(
    SikerjaDbContext db, RosterAccess access, ScenarioBuilder scenarios, PublishedRosterChanges changes, TimeProvider time)
{
    public async Task<CommandResult<RepairOutcome>> RepairAsync(Guid planId, RepairRequest request, CancellationToken ct)
    {
        var plan = access.TenantId is null ? null : await db.RosterPlans.SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !access.MayRead(plan))
        {
            return CommandResult<RepairOutcome>.NotFound();
        }
        if (!access.MayPublish(plan))
        {
            return CommandResult<RepairOutcome>.Forbidden();
        }
        if (plan.Status != RosterStatus.Published)
        {
            return CommandResult<RepairOutcome>.Refused("status", "hanya jadwal piket yang sudah terbit yang diperbaiki; draf diubah langsung di tabelnya");
        }
        var zone = await db.Tenants.Where(t => t.Id == plan.TenantId).Select(t => t.TimeZoneId).SingleAsync(ct);
        var today = new TenantClock(time, zone).Today;
        var from = request.From ?? (plan.From > today ? plan.From : today);
        if (plan.To < today)
        {
            return CommandResult<RepairOutcome>.Refused("from", $"periode jadwal ini ({plan.From:yyyy-MM-dd} s.d. {plan.To:yyyy-MM-dd}) sudah lewat");
        }
        if (from < today)
        {
            return CommandResult<RepairOutcome>.Refused("from", $"hari yang sudah lewat tidak diubah: mulai paling awal {today:yyyy-MM-dd}");
        }
        if (from < plan.From || from > plan.To)
        {
            return CommandResult<RepairOutcome>.Refused("from", $"tanggal mulai harus di dalam periode jadwal, {plan.From:yyyy-MM-dd} s.d. {plan.To:yyyy-MM-dd}");
        }

        return await RepairFromAsync(plan, from, request.DryRun, ct);
    }

    /// <summary>
    /// Repairs, as the application itself, every published roster that plans <paramref name="employeeId"/> on a day
    /// of [<paramref name="from"/>, <paramref name="to"/>] still to come, after a rule (not a person) made the employee
    /// unavailable, e.g. the quarantine after a high-risk trip. The caller already holds the right to cause it.
    /// </summary>
    public async Task<IReadOnlyList<CommandResult<RepairOutcome>>> RepairForUnavailabilityAsync(Guid employeeId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var tenant = db.CurrentTenantId ?? throw new InvalidOperationException("A repair runs inside a tenant.");
        var zone = await db.Tenants.Where(t => t.Id == tenant).Select(t => t.TimeZoneId).SingleAsync(ct);
        var first = new[] { from, new TenantClock(time, zone).Today }.Max();
        if (first > to)
        {
            return [];
        }
        var planIds = await (from e in db.RosterEntries
                             join p in db.RosterPlans on e.PlanId equals p.Id
                             where p.Status == RosterStatus.Published && e.EmployeeId == employeeId && e.Date >= first && e.Date <= to
                             select p.Id).Distinct().ToListAsync(ct);
        var outcomes = new List<CommandResult<RepairOutcome>>();
        foreach (var planId in planIds)
        {
            var plan = await db.RosterPlans.SingleAsync(p => p.Id == planId, ct);
            outcomes.Add(await RepairFromAsync(plan, first < plan.From ? plan.From : first, dryRun: false, ct));
        }
        return outcomes;
    }

    private async Task<CommandResult<RepairOutcome>> RepairFromAsync(RosterPlan plan, DateOnly from, bool dryRun, CancellationToken ct)
    {
        var basis = await RepairBasis.LoadAsync(db, scenarios, plan, ct);
        RepairResult repaired;
        try
        {
            repaired = RosterRepair.Repair(basis.Scenario, basis.Published, from);
        }
        catch (ArgumentException)
        {
            return CommandResult<RepairOutcome>.Refused("plan", "jadwal piket tersimpan ini tidak lengkap (tidak tepat satu penugasan per pegawai dan hari), jadi tidak dapat diperbaiki; buat jadwal baru");
        }
        var unavailable = basis.Scenario.Employees.ToDictionary(e => e.Id, e => e.Unavailable, StringComparer.Ordinal);
        // A cell set by hand stays as set, unless its employee can no longer work that day.
        var changed = repaired.Changes
            .Where(c => !basis.Overridden.Contains((c.After.Employee, c.After.Date)) || unavailable[c.After.Employee].Contains(c.After.Date))
            .Select(c => new EmployeeChange(basis.EmployeeIds[c.After.Employee], c)).ToList();
        var shifts = plan.PolicySnapshot.Shifts.Count == 0 ? [Shift.FullDay] : plan.PolicySnapshot.Shifts;
        var rows = await ChangeRows.DescribeAsync(db, changed, shifts, ct);
        if (dryRun || changed.Count == 0)
        {
            return CommandResult<RepairOutcome>.Done(new RepairOutcome(plan.Id, from, false, null, rows, basis.NotInOrganisation, basis.NotInRoster));
        }
        var revision = await changes.ApplyAsync(plan, RevisionKind.Repair, from, changed, repaired.Roster.Shortfalls, repaired.Roster.Violations, ct);
        return CommandResult<RepairOutcome>.Done(new RepairOutcome(plan.Id, from, true, revision.Id, rows, basis.NotInOrganisation, basis.NotInRoster));
    }
}
