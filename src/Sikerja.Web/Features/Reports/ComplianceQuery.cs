using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Report compliance as each caller may read it: tenant admins and leadership every agency, agency admins their
/// agencies, supervisors their team (everyone below them in the reporting lines). A day or a month, counted in
/// the database by unit or employee (<see cref="ComplianceTally"/>).
/// </summary>
public sealed class ComplianceQuery(SikerjaDbContext db, CurrentUser user, OrganisationAccess access, ReportObligations obligations, ComplianceTally tally)
{
    public async Task<CommandResult<ComplianceView>> ViewAsync(ComplianceRequest request, CancellationToken ct)
    {
        if (user.TenantId is null)
        {
            return CommandResult<ComplianceView>.Forbidden();
        }
        var period = await PeriodAsync(request, ct);
        if (period.Problem is { } problem)
        {
            return CommandResult<ComplianceView>.Refused("month", problem);
        }
        var (from, to, isMonth) = period.Range;
        var units = await db.OrgUnits.AsNoTracking().Select(u => new UnitInfo(u.Id, u.Name, u.ParentId, u.Path)).ToDictionaryAsync(u => u.Id, ct);
        var team = request.Team || (request.Agency is null && request.Unit is null && !user.ReadsWholeTenant && !user.IsAgencyAdmin);
        if (team && !await access.IsSupervisorAsync(ct))
        {
            return CommandResult<ComplianceView>.Forbidden();
        }
        if (request.Unit is { } unitId)
        {
            if (!units.TryGetValue(unitId, out var unit))
            {
                return CommandResult<ComplianceView>.NotFound();
            }
            if (!team && !MayReadUnit(unit, units))
            {
                return CommandResult<ComplianceView>.Forbidden();
            }
            var members = Active().Where(e => e.UnitId == unitId);
            if (team)
            {
                var below = access.Subordinates();
                members = members.Where(e => below.Contains(e.Id));
            }
            return CommandResult<ComplianceView>.Done(await EmployeesAsync(members, unit, units, team, from, to, isMonth, ct));
        }
        if (team)
        {
            var below = access.Subordinates();
            var members = Active().Where(e => below.Contains(e.Id));
            return CommandResult<ComplianceView>.Done(await UnitsAsync(ComplianceLevel.Team, null, members, null, units, from, to, isMonth, ct));
        }
        var agencyId = request.Agency ?? (user.ReadsWholeTenant ? null : user.AdminOfAgencies.Order().FirstOrDefault());
        if (agencyId is { } id)
        {
            if (!units.TryGetValue(id, out var agency))
            {
                return CommandResult<ComplianceView>.NotFound();
            }
            if (!user.ReadsWholeTenant && !user.AdminOfAgencies.Contains(id))
            {
                return CommandResult<ComplianceView>.Forbidden();
            }
            var path = agency.Path;
            var subtree = db.OrgUnits.Where(u => u.Path.StartsWith(path));
            var members = Active().Where(e => subtree.Any(u => u.Id == e.UnitId));
            return CommandResult<ComplianceView>.Done(await UnitsAsync(ComplianceLevel.Agency, agency.Name, members, id, units, from, to, isMonth, ct));
        }
        if (!user.ReadsWholeTenant)
        {
            return CommandResult<ComplianceView>.Forbidden();
        }
        return CommandResult<ComplianceView>.Done(await UnitsAsync(ComplianceLevel.Tenant, null, Active(), null, units, from, to, isMonth, ct));
    }

    /// <summary>The agencies whose compliance the caller may read, for the page's choice.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AgenciesAsync(CancellationToken ct)
    {
        var mine = user.AdminOfAgencies.ToList();
        var agencies = user.ReadsWholeTenant ? db.OrgUnits.Where(u => u.ParentId == null) : db.OrgUnits.Where(u => mine.Contains(u.Id));
        return [.. (await agencies.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name))];
    }

    private IQueryable<Employee> Active() => db.Employees.Where(e => e.IsActive);

    /// <summary>Tenant admins and leadership read any unit, agency admins the units of their agencies.</summary>
    private bool MayReadUnit(UnitInfo unit, Dictionary<Guid, UnitInfo> units) =>
        user.ReadsWholeTenant
        || user.AdminOfAgencies.Any(a => units.TryGetValue(a, out var agency) && unit.Path.StartsWith(agency.Path, StringComparison.Ordinal));

    /// <summary>Rows per unit (the tenant level folds them into their agencies).</summary>
    private async Task<ComplianceView> UnitsAsync(
        ComplianceLevel level, string? title, IQueryable<Employee> members, Guid? agencyId, Dictionary<Guid, UnitInfo> units,
        DateOnly from, DateOnly to, bool isMonth, CancellationToken ct)
    {
        var period = await obligations.PeriodAsync(from, to, ct);
        var byUnit = await tally.ByUnitAsync(members, period, ct);
        var keyed = level == ComplianceLevel.Tenant
            ? byUnit.GroupBy(kv => AgencyOf(kv.Key, units)).ToDictionary(g => g.Key, g => ComplianceCounts.Sum(g.Select(kv => kv.Value)))
            : byUnit;
        var rows = keyed
            .Select(kv => new ComplianceRow(kv.Key, units.TryGetValue(kv.Key, out var u) ? u.Name : "—", null, kv.Value, []))
            .OrderBy(r => r.Counts.Rate ?? 101).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return new ComplianceView(level, title, from, to, isMonth, level == ComplianceLevel.Team, agencyId, null,
            ComplianceCounts.Sum(rows.Select(r => r.Counts)), rows, period.LastPassed);
    }

    /// <summary>Rows per employee of one unit, each with the days missing.</summary>
    private async Task<ComplianceView> EmployeesAsync(
        IQueryable<Employee> members, UnitInfo unit, Dictionary<Guid, UnitInfo> units, bool team, DateOnly from, DateOnly to, bool isMonth, CancellationToken ct)
    {
        var period = await obligations.PeriodAsync(from, to, ct);
        var counts = await tally.ByEmployeeAsync(members, period, ct);
        var missing = await tally.MissingDaysAsync(members, period, ct);
        var people = await members.AsNoTracking().Select(e => new { e.Id, e.Name, e.Nip }).ToListAsync(ct);
        var rows = people
            .Select(p => new ComplianceRow(p.Id, p.Name, p.Nip, counts.GetValueOrDefault(p.Id) ?? ComplianceCounts.None, [.. missing[p.Id]]))
            .OrderByDescending(r => r.Counts.Missing).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return new ComplianceView(ComplianceLevel.Unit, unit.Name, from, to, isMonth, team, AgencyOf(unit.Id, units), unit.Id,
            ComplianceCounts.Sum(rows.Select(r => r.Counts)), rows, period.LastPassed);
    }

    private async Task<(string? Problem, (DateOnly, DateOnly, bool) Range)> PeriodAsync(ComplianceRequest request, CancellationToken ct)
    {
        if (request.Month is { Length: > 0 } text)
        {
            if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return ($"bulan '{text}' tidak dikenal: tulis sebagai tahun-bulan, mis. 2026-06", default);
            }
            return (null, (first, first.AddMonths(1).AddDays(-1), true));
        }
        var day = request.Date ?? (await obligations.TodayAsync(ct)).Today;
        return (null, (day, day, false));
    }

    /// <summary>The agency (top-level unit) of a unit: the first id of its path.</summary>
    private static Guid AgencyOf(Guid unitId, Dictionary<Guid, UnitInfo> units) =>
        units.TryGetValue(unitId, out var unit) && unit.Path.Length >= 32 && Guid.TryParseExact(unit.Path[..32], "N", out var agency) ? agency : unitId;

    private sealed record UnitInfo(Guid Id, string Name, Guid? ParentId, string Path);
}
