using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Imports;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Imports;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// The roster scenario of a stored tenant (or one of its agencies) under a policy for a period: open units (a unit
/// under a closed one is left out with it), active employees, who heads which unit, who is to be kept at home, the
/// days each is recorded unavailable, the work week and the holidays of the period. Rights are the caller's to check.
/// </summary>
public sealed class ScenarioBuilder(SikerjaDbContext db)
{
    public Task<StoredScenario> BuildAsync(Guid tenantId, Guid? agencyId, PolicyRules policy, DateOnly from, DateOnly to, CancellationToken ct) =>
        BuildAsync(tenantId, agencyId is { } agency ? new HashSet<Guid> { agency } : null, policy, from, to, ct);

    /// <param name="agencies">The agencies (top-level units) to include; null for the whole tenant.</param>
    public async Task<StoredScenario> BuildAsync(
        Guid tenantId, IReadOnlySet<Guid>? agencies, PolicyRules policy, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var scope = agencies is null ? ImportScope.Tenant : ImportScope.WithinAgencies(agencies);
        var extract = await OrganisationExtract.LoadAsync(db, tenantId, scope, ct);

        var included = new Dictionary<Guid, OrgUnit>();
        foreach (var unit in extract.Units)
        {
            // Tree order: a parent is decided before its sub-units.
            if (!unit.IsClosed && (unit.ParentId is not { } parent || included.ContainsKey(parent)))
            {
                included[unit.Id] = unit;
            }
        }
        var units = included.Values
            .Select(u => new ScenarioUnit(u.Code, u.Name, u.Type, u.ParentId is { } p ? included[p].Code : null))
            .ToList();
        var employees = extract.Employees.Where(e => e.IsActive && included.ContainsKey(e.UnitId)).ToList();
        var employeeIds = employees.Select(e => e.Id).ToHashSet();
        // An employee heading several units heads, for the scenario, the one nearest the top.
        var headOf = included.Values.Where(u => u.HeadId is { } h && employeeIds.Contains(h)).GroupBy(u => u.HeadId!.Value)
            .ToDictionary(g => g.Key, g => g.MinBy(u => u.Path.Length)!.Code);

        var holidays = await db.Holidays.AsNoTracking()
            .Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date).Select(h => h.Date).ToListAsync(ct);
        var unavailable = await UnavailableDaysAsync(employeeIds, from, to, ct);

        var scenario = new Scenario(
            new ScenarioTenant(extract.Tenant.Name, extract.Tenant.TimeZoneId),
            new ScenarioPeriod(from, to),
            new ScenarioCalendar(extract.Tenant.WorkWeek, holidays),
            units,
            [.. employees.Select(e => new ScenarioEmployee(
                e.Nip, e.Name, included[e.UnitId].Code, e.Employment, e.Level, e.Title,
                headOf.GetValueOrDefault(e.Id), e.PriorityHome,
                unavailable.TryGetValue(e.Id, out var days) ? days : []))],
            policy);
        return new StoredScenario(
            scenario,
            included.Values.ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal),
            employees.ToDictionary(e => e.Nip, e => e.Id, StringComparer.Ordinal));
    }

    /// <summary>The dates of the period each employee is recorded unavailable, in order and without repeats.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<DateOnly>>> UnavailableDaysAsync(HashSet<Guid> employees, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var records = await db.Unavailabilities.AsNoTracking()
            .Where(u => u.From <= to && u.To >= from)
            .Select(u => new { u.EmployeeId, u.From, u.To })
            .ToListAsync(ct);
        return records
            .Where(r => employees.Contains(r.EmployeeId))
            .GroupBy(r => r.EmployeeId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DateOnly>)
            [
                .. g.SelectMany(r => Days(Max(r.From, from), Min(r.To, to))).Distinct().Order(),
            ]);
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last)
    {
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
