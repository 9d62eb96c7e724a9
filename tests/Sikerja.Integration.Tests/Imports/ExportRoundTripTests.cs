using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Imports;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Imports;

namespace Sikerja.Integration.Tests.Imports;

/// <summary>An export is in the import layout: it imports back without changing anything, within the exporter's scope.</summary>
public abstract class ExportRoundTripTests(DatabaseFixture db) : DatabaseTest(db), IDisposable
{
    private readonly ImportFiles _files = new();

    private static string Nip(int k) => ImportProblemTests.Nip(k);

    private sealed record World(TestTenant Tenant, OrgUnit Dinkes, OrgUnit Bidang, OrgUnit Disdik, Employee Kadis, Employee Staf, Employee Guru);

    /// <summary>
    /// An organisation made the way the other features make it, with the fields only imports set: an office, a
    /// phone, a superior set by hand, an inactive employee and a closed unit with its former employee.
    /// </summary>
    private async Task<World> ArrangeAsync()
    {
        var t = await NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("dinkes.p2p", OrgUnitType.Division, dinkes);
        var closed = await t.UnitAsync("dinkes.lama", OrgUnitType.Section, dinkes);
        var disdik = await t.UnitAsync("disdik", OrgUnitType.Agency);
        var kadis = await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Kadis");
        await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Kabid");
        var staf = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Staf", priorityHome: true);
        var former = await t.EmployeeAsync(closed, PositionLevel.Staff, name: "Mantan");
        var guru = await t.EmployeeAsync(disdik, PositionLevel.Functional, name: "Guru");
        await using var scope = Db.NewScope().InTenant(t.Id);
        var unit = await scope.Db.OrgUnits.SingleAsync(u => u.Id == dinkes.Id);
        (unit.Address, unit.OfficeLatitude, unit.OfficeLongitude, unit.OfficeRadiusMetres) = ("Jl. Pahlawan 1", -7.123456789, 109.987654321, 150);
        var s = await scope.Db.Employees.SingleAsync(e => e.Id == staf.Id);
        (s.Phone, s.Title, s.SupervisorOverride, s.SupervisorId) = ("+6281234567890", "Analis; \"data\"", kadis.Id, kadis.Id);
        var f = await scope.Db.Employees.SingleAsync(e => e.Id == former.Id);
        (f.IsActive, f.SupervisorId) = (false, null);
        (await scope.Db.OrgUnits.SingleAsync(u => u.Id == closed.Id)).IsClosed = true;
        await scope.Db.SaveChangesAsync();
        return new World(t, dinkes, bidang, disdik, kadis, staf, guru);
    }

    private async Task<byte[]> ExportAsync(Guid user, ExportFormat format)
    {
        await using var scope = await AsAsync(user);
        var result = await scope.Get<OrganisationExport>().ExportAsync(format, CancellationToken.None);
        Assert.True(result.IsDone);
        return result.Value!.Content;
    }

    private async Task<int> AuditCountAsync(Guid tenant)
    {
        await using var scope = Db.NewScope();
        return await scope.Db.AuditEntries.CountAsync(a => a.TenantId == tenant);
    }

    [Fact]
    public async Task An_exported_workbook_imports_back_unchanged()
    {
        var w = await ArrangeAsync();
        var admin = await w.Tenant.AccountAsync(null, Role.TenantAdmin);
        var path = _files.Save("organisasi.xlsx", await ExportAsync(admin, ExportFormat.Xlsx));
        var audit = await AuditCountAsync(w.Tenant.Id);

        var committed = await ImportRun.ImportAsync(Db, admin, path);

        Assert.Equal(new ImportSummary(0, 0, 3, 0, 0, 5, 0), committed.Summary);
        Assert.Equal(audit, await AuditCountAsync(w.Tenant.Id));
    }

    [Fact]
    public async Task Exported_CSV_tables_import_back_unchanged()
    {
        var w = await ArrangeAsync();
        var admin = await w.Tenant.AccountAsync(null, Role.TenantAdmin);
        var units = _files.Save("unit.csv", await ExportAsync(admin, ExportFormat.CsvUnits));
        var employees = _files.Save("pegawai.csv", await ExportAsync(admin, ExportFormat.CsvEmployees));

        var unitPreview = await ImportRun.PreviewedAsync(Db, admin, units);
        var employeePreview = await ImportRun.PreviewedAsync(Db, admin, employees);

        Assert.Equal(new ImportSummary(0, 0, 3, 0, 0, 0, 0), unitPreview.Summary);
        Assert.Equal(new ImportSummary(0, 0, 0, 0, 0, 5, 0), employeePreview.Summary);
    }

    [Fact]
    public async Task The_template_holds_both_sheets_with_an_example_that_imports()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var template = OrganisationExport.Template(ExportFormat.Xlsx);
        var file = SpreadsheetReader.Read(template.Content);
        Assert.Equal(("dinkes", "197603152001122001"), (Assert.Single(file.Units).Code, Assert.Single(file.Employees).Nip));

        var committed = await ImportRun.ImportAsync(Db, admin, _files.Save(template.FileName, template.Content));

        Assert.Equal((1, 1), (committed.Summary!.UnitsCreated, committed.Summary.EmployeesCreated));
        Assert.Equal("dinkes", Assert.Single(SpreadsheetReader.Read(OrganisationExport.Template(ExportFormat.CsvUnits).Content).Units).Code);
        Assert.Equal("dinkes", Assert.Single(SpreadsheetReader.Read(OrganisationExport.Template(ExportFormat.CsvEmployees).Content).Employees).UnitCode);
    }

    [Fact]
    public async Task An_agency_admin_exports_the_agency_and_imports_only_within_it()
    {
        var w = await ArrangeAsync();
        var agencyAdmin = await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Dinkes);
        var export = SpreadsheetReader.Read(await ExportAsync(agencyAdmin, ExportFormat.Xlsx));
        Assert.Equal(["dinkes", "dinkes.p2p"], export.Units.Select(u => u.Code));
        Assert.Equal(["Kabid", "Kadis", "Mantan", "Staf"], export.Employees.Select(e => e.Name).Order());
        Assert.Equal(new ImportSummary(0, 0, 2, 0, 0, 4, 0),
            (await ImportRun.PreviewedAsync(Db, agencyAdmin, _files.Save("dinkes.xlsx", await ExportAsync(agencyAdmin, ExportFormat.Xlsx)))).Summary);

        var path = _files.Workbook(
            units:
            [
                ["disdik", "Dinas Pendidikan", "Dinas", "", null, null, null, null, null],                   // 2: another agency
                ["dinkes.baru", "Seksi Baru", "Seksi", "dinkes.p2p", null, null, null, null, null],           // 3: fine
                ["baru", "Badan Baru", "Badan", "", null, null, null, null, null],                           // 4: a new agency
                ["disdik.tk", "Seksi TK", "Seksi", "disdik", null, null, null, null, null],                  // 5: under another agency
            ],
            employees:
            [
                [w.Guru.Nip, "Guru", "PNS", "Fungsional", "", "dinkes", "", "", "", "", ""],                 // 2: employee of another agency
                [Nip(1), "Baru di Disdik", "PNS", "Pelaksana", "", "disdik", "", "", "", "", ""],             // 3: into another agency
                [Nip(2), "Baru di Dinkes", "PNS", "Pelaksana", "", "dinkes.baru", "", "", "", "", ""],        // 4: fine
            ]);
        var preview = await ImportRun.PreviewedAsync(Db, agencyAdmin, path);

        Assert.Equal(
            [
                ("Unit", 2, UnitSheet.Code.Header), ("Unit", 4, UnitSheet.ParentCode.Header), ("Unit", 5, UnitSheet.ParentCode.Header),
                ("Pegawai", 2, EmployeeSheet.Nip.Header), ("Pegawai", 3, EmployeeSheet.UnitCode.Header),
            ],
            preview.Problems.Select(p => (p.Sheet, p.Row, p.Column)));
        var tenantAdmin = await w.Tenant.AccountAsync(null, Role.TenantAdmin);
        await using var scope = await AsAsync(tenantAdmin);
        Assert.True((await scope.Get<ImportService>().GetAsync(preview.Id, CancellationToken.None)).IsDone);
        await using var otherAgency = await AsAsync(await w.Tenant.AccountAsync(null, Role.AgencyAdmin, w.Disdik));
        Assert.Equal(Web.Features.Shared.CommandStatus.NotFound, (await otherAgency.Get<ImportService>().GetAsync(preview.Id, CancellationToken.None)).Status);
    }

    public void Dispose()
    {
        _files.Dispose();
        GC.SuppressFinalize(this);
    }

    public sealed class OnSqlite(SqliteFixture db) : ExportRoundTripTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ExportRoundTripTests(db), IClassFixture<PostgresFixture>;
}
