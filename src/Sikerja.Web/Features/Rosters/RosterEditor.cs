using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Editing;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <param name="Shift">For an office day: the code of its one shift, or null for every shift.</param>
/// <param name="Override">Keep the edit although it breaks a rule; <paramref name="OverrideReason"/> says why.</param>
public sealed record CellEditInput(Guid EmployeeId, DateOnly Date, WorkMode Mode, string? Shift, bool Override = false, string? OverrideReason = null);

/// <summary>The stored cell after an edit (its shift mask over <paramref name="Shifts"/>), and the rules it breaks when kept by override.</summary>
public sealed record CellEditOutcome(RosterEntry Entry, IReadOnlyList<Domain.Policies.Shift> Shifts, IReadOnlyList<string> OverriddenRules);

/// <summary>
/// Changes one cell of a draft roster. The edit is checked at once against the rules on its agency and day
/// (<see cref="CellCheck"/>, with today's unavailability records); one that breaks a rule is refused, each broken
/// rule said in words, unless the admin overrides it with a reason. The day's shortfalls and violations are
/// counted again; the change of the entry goes to the audit trail.
/// </summary>
public sealed class RosterEditor(SikerjaDbContext db, RosterAccess access, ScenarioBuilder scenarios, RosterExplainer explain, TimeProvider time)
{
    public const int MaxReasonLength = 400;

    public async Task<CommandResult<CellEditOutcome>> EditAsync(Guid planId, CellEditInput input, CancellationToken ct)
    {
        var plan = access.TenantId is null ? null : await db.RosterPlans.SingleOrDefaultAsync(p => p.Id == planId, ct);
        var entry = plan is null || !access.MayRead(plan) ? null
            : await db.RosterEntries.SingleOrDefaultAsync(e => e.PlanId == planId && e.EmployeeId == input.EmployeeId && e.Date == input.Date, ct);
        if (plan is null || entry is null)
        {
            return CommandResult<CellEditOutcome>.NotFound();
        }
        var tree = await RosterUnits.LoadAsync(db, ct);
        var agencyId = tree.AgencyOf(entry.UnitId);
        if (access.ReadableAgencies(plan) is { } readable && !readable.Contains(agencyId))
        {
            return CommandResult<CellEditOutcome>.NotFound();
        }
        if (plan.Status != RosterStatus.Draft)
        {
            return CommandResult<CellEditOutcome>.Refused("status", "jadwal piket yang sudah terbit hanya diubah lewat perbaikan jadwal");
        }
        if (!access.MayEdit(plan, agencyId))
        {
            return CommandResult<CellEditOutcome>.Forbidden();
        }
        var policy = plan.PolicySnapshot;
        var shifts = policy.Shifts.Count == 0 ? [Domain.Policies.Shift.FullDay] : policy.Shifts;
        var problems = new List<Problem>();
        if (!Enum.IsDefined(input.Mode))
        {
            problems.Add(new Problem("mode", "pilih di kantor, di rumah atau tidak bertugas"));
        }
        var shiftSet = ShiftSet.All(shifts.Count);
        if (input.Mode == WorkMode.Office && !string.IsNullOrEmpty(input.Shift))
        {
            var index = shifts.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Code == input.Shift, (null!, -1)).Item2;
            if (index < 0)
            {
                problems.Add(new Problem("shift", $"surat edaran {policy.Number} tidak punya shift '{input.Shift}' (ada: {string.Join(", ", shifts.Select(s => s.Code))})"));
            }
            else
            {
                shiftSet = ShiftSet.One(index);
            }
        }
        var reasonText = input.OverrideReason?.Trim();
        if (reasonText?.Length > MaxReasonLength)
        {
            problems.Add(new Problem("overrideReason", $"alasan paling panjang {MaxReasonLength} karakter"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<CellEditOutcome>.Refused(problems);
        }

        var stored = await scenarios.BuildAsync(plan.TenantId, agencyId, policy, plan.From, plan.To, ct);
        var nip = stored.EmployeeIds.FirstOrDefault(kv => kv.Value == input.EmployeeId).Key;
        if (nip is null)
        {
            return CommandResult<CellEditOutcome>.Refused("employeeId", "pegawai ini tidak lagi aktif di perangkat daerah ini; buat ulang jadwalnya");
        }
        var roster = await AgencyAssignmentsAsync(plan, stored, ct);
        var edit = new RosterAssignment(nip, input.Date, input.Mode, input.Mode == WorkMode.Office ? shiftSet : ShiftSet.None, entry.Reason);
        var verdict = CellCheck.Check(stored.Scenario, roster, edit);
        var units = tree.NamesByCode();
        var names = stored.Scenario.Employees.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var broken = verdict.Breaches
            .Select(b => explain.Breach(b, policy, c => units.GetValueOrDefault(c, c), id => names.GetValueOrDefault(id, id)))
            .Distinct().ToList();
        if (broken.Count > 0 && !input.Override)
        {
            return CommandResult<CellEditOutcome>.Refused(broken.Select(m => new Problem("mode", m)));
        }
        if (broken.Count > 0 && string.IsNullOrEmpty(reasonText))
        {
            return CommandResult<CellEditOutcome>.Refused("overrideReason", "tulis alasan untuk mengesampingkan aturan");
        }

        entry.Mode = edit.Mode;
        entry.Shifts = edit.Shifts;
        entry.Reason = verdict.Reason;
        entry.Overridden = broken.Count > 0;
        entry.OverrideReason = broken.Count > 0 ? reasonText : null;
        entry.ChangedAt = time.GetUtcNow().UtcDateTime;
        entry.ChangedBy = access.UserId;
        Recount(plan, stored, roster.Select(a => a.Employee == nip && a.Date == input.Date ? edit with { Reason = verdict.Reason } : a), input.Date);
        await db.SaveChangesAsync(ct);
        return CommandResult<CellEditOutcome>.Done(new CellEditOutcome(entry, shifts, broken));
    }

    /// <summary>The plan's cells of the agency's employees still in the scenario, as scenario assignments.</summary>
    private async Task<List<RosterAssignment>> AgencyAssignmentsAsync(RosterPlan plan, StoredScenario stored, CancellationToken ct)
    {
        var unitIds = stored.UnitIds.Values.ToList();
        var entries = await db.RosterEntries.AsNoTracking()
            .Where(e => e.PlanId == plan.Id && unitIds.Contains(e.UnitId))
            .Select(e => new { e.EmployeeId, e.Date, e.Mode, e.ShiftMask, e.Reason })
            .ToListAsync(ct);
        var nips = stored.EmployeeIds.ToDictionary(kv => kv.Value, kv => kv.Key);
        return
        [
            .. entries.Where(e => nips.ContainsKey(e.EmployeeId))
                .Select(e => new RosterAssignment(nips[e.EmployeeId], e.Date, e.Mode, new ShiftSet((uint)e.ShiftMask), e.Reason)),
        ];
    }

    /// <summary>Replaces the shortfalls and violations of the agency's units on the edited day with a fresh count.</summary>
    private static void Recount(RosterPlan plan, StoredScenario stored, IEnumerable<RosterAssignment> roster, DateOnly date)
    {
        var (shortfalls, violations) = RosterFacts.OnDay(stored.Scenario, roster, date);
        var agencyUnits = stored.UnitIds.Keys.ToHashSet(StringComparer.Ordinal);
        plan.Shortfalls = PlanRecords.Write(
        [
            .. plan.ShortfallList().Where(s => s.Date != date || !agencyUnits.Contains(s.Unit)).Concat(shortfalls)
                .OrderBy(s => s.Date).ThenBy(s => s.Unit, StringComparer.Ordinal).ThenBy(s => s.Rule).ThenBy(s => s.Shift, StringComparer.Ordinal),
        ]);
        plan.Violations = PlanRecords.Write(
        [
            .. plan.ViolationList().Where(v => v.Date != date || !agencyUnits.Contains(v.Unit)).Concat(violations)
                .OrderBy(v => v.Date).ThenBy(v => v.Unit, StringComparer.Ordinal).ThenBy(v => v.Shift, StringComparer.Ordinal),
        ]);
    }
}
