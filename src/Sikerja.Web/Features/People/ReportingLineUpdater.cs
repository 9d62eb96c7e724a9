using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain;
using Sikerja.Domain.People;

namespace Sikerja.Web.Features.People;

/// <summary>
/// Keeps every employee's direct superior in force after a change to units, heads or people, before it is
/// saved. Works on the tracked (pending) state, so it sees the change being made.
/// </summary>
public sealed class ReportingLineUpdater(SikerjaDbContext db)
{
    /// <summary>Updates <see cref="Employee.SupervisorId"/> where it changed; returns the loops that refuse the change.</summary>
    public async Task<IReadOnlyList<Problem>> ApplyAsync(CancellationToken ct)
    {
        await db.OrgUnits.LoadAsync(ct);
        await db.Employees.LoadAsync(ct);
        var employees = db.Employees.Local.Where(e => db.Entry(e).State != EntityState.Deleted).ToList();
        var active = employees.Where(e => e.IsActive).ToDictionary(e => e.Id);
        var lines = ReportingLines.Compute(
            db.OrgUnits.Local.Select(u => new ReportingLines.UnitNode(u.Id, u.ParentId, u.HeadId is { } h && active.ContainsKey(h) ? h : null)),
            active.Values.Select(e => new ReportingLines.EmployeeNode(e.Id, e.UnitId, e.SupervisorOverride)));
        if (lines.Loops.Count > 0)
        {
            return [.. lines.Loops.Select(loop => new Problem("supervisor",
                "atasan langsung membentuk lingkaran: " + string.Join(" → ", loop.Append(loop[0]).Select(id => active[id].Name))))];
        }
        foreach (var e in employees)
        {
            var supervisor = e.IsActive ? lines.SupervisorOf(e.Id) : null;
            if (e.SupervisorId != supervisor)
            {
                e.SupervisorId = supervisor;
            }
        }
        return [];
    }
}
