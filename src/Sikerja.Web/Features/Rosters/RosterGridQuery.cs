using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// Reads a stored roster one unit and one page of people at a time, so that an agency of thousands stays light:
/// a page is at most <see cref="PageSize"/> people × the working days of the period.
/// </summary>
public sealed class RosterGridQuery(SikerjaDbContext db, RosterAccess access)
{
    public const int PageSize = 50;

    public async Task<CommandResult<RosterGrid>> GridAsync(Guid planId, Guid? unitId, int page, CancellationToken ct)
    {
        var plan = access.TenantId is null ? null : await db.RosterPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return CommandResult<RosterGrid>.NotFound();
        }
        var readable = access.ReadableAgencies(plan);
        if (readable is { Count: 0 })
        {
            return CommandResult<RosterGrid>.Forbidden();
        }
        var tree = await RosterUnits.LoadAsync(db, ct);
        var people = await db.RosterEntries.AsNoTracking().Where(e => e.PlanId == planId)
            .GroupBy(e => e.UnitId).Select(g => new { g.Key, Entries = g.Count() })
            .ToListAsync(ct);
        var days = Math.Max(1, plan.WorkingDayCount);
        var units = people
            .Where(p => tree.Contains(p.Key) && (readable is null || readable.Contains(tree.AgencyOf(p.Key))))
            .Select(p => new GridUnit(p.Key, tree.Code(p.Key), tree.Name(p.Key), tree.Depth(p.Key), p.Entries / days, tree.AgencyOf(p.Key)))
            .OrderBy(u => tree.Order(u.Id))
            .ToList();
        var unit = units.FirstOrDefault(u => u.Id == unitId) ?? units.FirstOrDefault();
        if (unitId is { } asked && unit?.Id != asked)
        {
            return CommandResult<RosterGrid>.NotFound();
        }

        var total = 0;
        List<GridRow> rows = [];
        List<DateOnly> dates = [];
        page = Math.Max(1, page);
        if (unit is not null)
        {
            var members = await db.Employees.AsNoTracking()
                .Where(e => db.RosterEntries.Any(r => r.PlanId == planId && r.UnitId == unit.Id && r.EmployeeId == e.Id))
                .Select(e => new { e.Id, e.Nip, e.Name, e.Level, e.Title })
                .ToListAsync(ct);
            total = members.Count;
            var shown = members.OrderBy(m => m.Level).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Nip, StringComparer.Ordinal)
                .Skip((page - 1) * PageSize).Take(PageSize).ToList();
            var ids = shown.Select(m => m.Id).ToList();
            var entries = (await db.RosterEntries.AsNoTracking()
                    .Where(r => r.PlanId == planId && r.UnitId == unit.Id && ids.Contains(r.EmployeeId))
                    .ToListAsync(ct))
                .ToLookup(r => r.EmployeeId);
            dates = [.. entries.SelectMany(g => g).Select(r => r.Date).Distinct().Order()];
            // Who is to be kept at home is health data: others see an ordinary home day.
            var health = access.SeesHealthOf(unit.AgencyId);
            AssignmentReason Shown(AssignmentReason reason) => reason == AssignmentReason.PriorityHome && !health ? AssignmentReason.Home : reason;
            rows =
            [
                .. shown.Select(m => new GridRow(m.Id, m.Nip, m.Name, m.Level, m.Title,
                    [.. entries[m.Id].OrderBy(r => r.Date).Select(r => new GridCell(r.Date, r.Mode, r.ShiftMask, Shown(r.Reason), r.Overridden, r.OverrideReason))])),
            ];
        }

        bool Visible(string code) => tree.IdOf(code) is { } id && (readable is null || readable.Contains(tree.AgencyOf(id)));
        var scopeName = plan.AgencyId is { } agency && tree.Contains(agency) ? tree.Name(agency) : "";
        return CommandResult<RosterGrid>.Done(new RosterGrid(
            plan,
            scopeName,
            plan.PolicySnapshot.Shifts,
            units,
            unit,
            unit is null ? null : tree.Name(unit.AgencyId),
            dates,
            rows,
            page,
            PageSize,
            total,
            [.. plan.ShortfallList().Where(s => Visible(s.Unit))],
            [.. plan.ViolationList().Where(v => Visible(v.Unit))],
            tree.NamesByCode(),
            unit is not null && access.MayEdit(plan, unit.AgencyId),
            plan.Status == RosterStatus.Draft && access.MayPublish(plan)));
    }

    /// <summary>One cell with what its edit form needs; null when the caller may not read it.</summary>
    public async Task<RosterCell?> CellAsync(Guid planId, Guid employeeId, DateOnly date, CancellationToken ct)
    {
        var plan = access.TenantId is null ? null : await db.RosterPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        var entry = plan is null ? null
            : await db.RosterEntries.AsNoTracking().SingleOrDefaultAsync(e => e.PlanId == planId && e.EmployeeId == employeeId && e.Date == date, ct);
        if (plan is null || entry is null)
        {
            return null;
        }
        var tree = await RosterUnits.LoadAsync(db, ct);
        var agency = tree.AgencyOf(entry.UnitId);
        if (access.ReadableAgencies(plan) is { } readable && !readable.Contains(agency))
        {
            return null;
        }
        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId).Select(e => new { e.Name, e.Nip }).SingleAsync(ct);
        var shifts = plan.PolicySnapshot.Shifts.Count == 0 ? [Domain.Policies.Shift.FullDay] : plan.PolicySnapshot.Shifts;
        return new RosterCell(plan, employee.Name, employee.Nip, entry.UnitId, tree.Name(entry.UnitId), shifts,
            new GridCell(entry.Date, entry.Mode, entry.ShiftMask,
                entry.Reason == AssignmentReason.PriorityHome && !access.SeesHealthOf(agency) ? AssignmentReason.Home : entry.Reason,
                entry.Overridden, entry.OverrideReason),
            access.MayEdit(plan, agency));
    }
}
