using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.RosterRepairs;

/// <summary>Changes told with names and NIPs, and, where someone became unavailable, the recorded cause.</summary>
public static class ChangeRows
{
    public static async Task<List<RosterChangeRow>> DescribeAsync(
        SikerjaDbContext db, IReadOnlyList<EmployeeChange> changes, IReadOnlyList<Shift> policyShifts, CancellationToken ct)
    {
        if (changes.Count == 0)
        {
            return [];
        }
        var ids = changes.Select(c => c.EmployeeId).Distinct().ToList();
        var people = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => new { e.Name, e.Nip }, ct);
        var first = changes.Min(c => c.Change.After.Date);
        var last = changes.Max(c => c.Change.After.Date);
        var unavailable = await db.Unavailabilities.AsNoTracking()
            .Where(u => ids.Contains(u.EmployeeId) && u.From <= last && u.To >= first).ToListAsync(ct);
        return
        [
            .. changes.Select(c =>
            {
                var (before, after) = (c.Change.Before, c.Change.After);
                var cause = ChangeCauses.Of(c.Change);
                UnavailabilityCause? because = cause == ChangeCause.Unavailable
                    ? unavailable.FirstOrDefault(u => u.EmployeeId == c.EmployeeId && u.Covers(after.Date))?.Cause
                    : null;
                var person = people[c.EmployeeId];
                return new RosterChangeRow(
                    c.EmployeeId, person.Name, person.Nip, after.Date,
                    DayPlace.Of(before.Mode, before.Shifts, before.Reason, policyShifts),
                    DayPlace.Of(after.Mode, after.Shifts, after.Reason, policyShifts),
                    cause, because);
            })
            .OrderBy(r => r.Date).ThenBy(r => r.Name, StringComparer.CurrentCulture),
        ];
    }
}
