using Sikerja.Data;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Imports;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// The tenant's (or an agency admin's agencies') units and employees in the import layout, so that the file
/// imports back unchanged; and the empty templates of that layout. Closed units are left out; their former
/// employees, inactive, are kept.
/// </summary>
public sealed class OrganisationExport(SikerjaDbContext db, ImportActor actor, TimeProvider time)
{
    public async Task<CommandResult<ExportFile>> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        if (!actor.MayImport)
        {
            return CommandResult<ExportFile>.Forbidden();
        }
        var extract = await OrganisationExtract.LoadAsync(db, actor, ct);
        var units = extract.Units.Where(u => !u.IsClosed).Select(u => UnitCells(u, extract));
        var employees = extract.Employees.Select(e => EmployeeCells(e, extract));
        var stem = $"{extract.Tenant.Code}-{new TenantClock(time, extract.Tenant.TimeZoneId).Today:yyyyMMdd}";
        return CommandResult<ExportFile>.Done(format switch
        {
            ExportFormat.CsvUnits => new ExportFile($"unit-{stem}.csv", SpreadsheetWriter.CsvContentType, SpreadsheetWriter.Csv(UnitSheet.Layout, units)),
            ExportFormat.CsvEmployees => new ExportFile($"pegawai-{stem}.csv", SpreadsheetWriter.CsvContentType, SpreadsheetWriter.Csv(EmployeeSheet.Layout, employees)),
            _ => new ExportFile($"organisasi-{stem}.xlsx", SpreadsheetWriter.XlsxContentType, SpreadsheetWriter.Workbook(units, employees)),
        });
    }

    /// <summary>The layout with its headers and one example row per sheet: a unit and its head.</summary>
    public static ExportFile Template(ExportFormat format)
    {
        object?[] unit = ["dinkes", "Dinas Kesehatan", "Dinas/Badan", "", "Jl. Pahlawan No. 1", -7.6681, 109.6525, 100, "197603152001122001"];
        object?[] employee = ["197603152001122001", "dr. Siti Aminah, M.Kes.", "PNS", "JPT Pratama", "Kepala Dinas", "dinkes", "", "081234567890", "Tidak", "", "Ya"];
        return format switch
        {
            ExportFormat.CsvUnits => new ExportFile("templat-unit.csv", SpreadsheetWriter.CsvContentType, SpreadsheetWriter.Csv(UnitSheet.Layout, [unit])),
            ExportFormat.CsvEmployees => new ExportFile("templat-pegawai.csv", SpreadsheetWriter.CsvContentType, SpreadsheetWriter.Csv(EmployeeSheet.Layout, [employee])),
            _ => new ExportFile("templat-impor.xlsx", SpreadsheetWriter.XlsxContentType, SpreadsheetWriter.Workbook([unit], [employee])),
        };
    }

    private static object?[] UnitCells(OrgUnit u, OrganisationExtract extract) =>
    [
        u.Code,
        u.Name,
        ImportVocabulary.WordFor(u.Type),
        u.ParentId is { } p ? extract.CodeOf.GetValueOrDefault(p) : null,
        u.Address,
        u.OfficeLatitude,
        u.OfficeLongitude,
        u.OfficeRadiusMetres,
        u.HeadId is { } h ? extract.NipOf.GetValueOrDefault(h) : null,
    ];

    private static object?[] EmployeeCells(Employee e, OrganisationExtract extract) =>
    [
        e.Nip,
        e.Name,
        ImportVocabulary.WordFor(e.Employment),
        ImportVocabulary.WordFor(e.Level),
        e.Title,
        extract.CodeOf.GetValueOrDefault(e.UnitId),
        e.SupervisorOverride is { } s ? extract.NipOf.GetValueOrDefault(s) : null,
        e.Phone,
        ImportVocabulary.WordFor(e.PriorityHome),
        e.PriorityHomeReason,
        ImportVocabulary.WordFor(e.IsActive),
    ];
}
