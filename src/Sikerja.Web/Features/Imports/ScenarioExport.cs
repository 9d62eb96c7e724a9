using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Calendar;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// A tenant's organisation and people (an agency admin's: their agencies) as the organisation parts of a roster
/// scenario: open units, active employees, the work week and the holidays of an optional period. Whether an
/// employee is to be kept at home is health data, written for tenant admins only.
/// </summary>
public sealed class ScenarioExport(SikerjaDbContext db, ImportActor actor)
{
    public async Task<CommandResult<ScenarioOrganisation>> ExportAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (!actor.MayImport)
        {
            return CommandResult<ScenarioOrganisation>.Forbidden();
        }
        if (from > to)
        {
            return CommandResult<ScenarioOrganisation>.Refused("to", "tanggal akhir tidak boleh sebelum tanggal awal");
        }
        var extract = await OrganisationExtract.LoadAsync(db, actor, ct);
        var units = extract.Units.Where(u => !u.IsClosed).ToList();
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        // An employee heading several units heads, for the scenario, the one nearest the top.
        var headOf = units.Where(u => u.HeadId is not null).GroupBy(u => u.HeadId!.Value)
            .ToDictionary(g => g.Key, g => g.MinBy(u => u.Path.Length)!.Code);
        var holidays = db.Holidays.AsNoTracking();
        if (from is { } f)
        {
            holidays = holidays.Where(h => h.Date >= f);
        }
        if (to is { } t)
        {
            holidays = holidays.Where(h => h.Date <= t);
        }
        var showsHealth = actor.WholeTenant;
        return CommandResult<ScenarioOrganisation>.Done(new ScenarioOrganisation(
            new ScenarioOrganisation.TenantPart(extract.Tenant.Name, extract.Tenant.TimeZoneId),
            new ScenarioOrganisation.CalendarPart(
                [.. extract.Tenant.WorkWeek.ScenarioDayNames()],
                await holidays.OrderBy(h => h.Date).Select(h => h.Date).ToListAsync(ct)),
            [.. units.Select(u => new ScenarioOrganisation.UnitPart(u.Code, u.Name, u.Type, u.ParentId is { } p ? codes.GetValueOrDefault(p) : null))],
            [.. extract.Employees
                .Where(e => e.IsActive && codes.ContainsKey(e.UnitId))
                .Select(e => new ScenarioOrganisation.EmployeePart(
                    e.Nip, e.Name, codes[e.UnitId], e.Employment, e.Level, e.Title,
                    headOf.GetValueOrDefault(e.Id), showsHealth ? e.PriorityHome : null))]));
    }
}
