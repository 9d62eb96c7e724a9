using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Imports;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Imports;

/// <summary>Clean files are applied whole, as an upsert by unit code and NIP, once, by admins only.</summary>
public abstract class ImportCommitTests(DatabaseFixture db) : DatabaseTest(db), IDisposable
{
    private readonly ImportFiles _files = new();

    private static string Nip(int k) => ImportProblemTests.Nip(k);

    /// <summary>Dinkes with a division and a section, their three heads, a staff member and an honorer.</summary>
    private string CleanWorkbook() => _files.Workbook(
        units:
        [
            ["dinkes", "Dinas Kesehatan", "Dinas/Badan", "", "Jl. Pahlawan 1", -7.6681, 109.6525, 100, Nip(1)],
            ["dinkes.p2p", "Bidang P2P", "Bidang", "dinkes", "", null, null, null, Nip(2)],
            ["dinkes.p2p.surv", "Seksi Surveilans", "Section", "DINKES.P2P", "", null, null, null, Nip(3)],
        ],
        employees:
        [
            [Nip(1), "Kadis", "PNS", "JPT Pratama", "Kepala Dinas", "dinkes", "", "", "Tidak", "", "Ya"],
            [Nip(2), "Kabid", "Pns", "Administrator", "Kepala Bidang", "dinkes.p2p", "", "", "", "", ""],
            [Nip(3), "Kasi", "PNS", "Pengawas", "", "dinkes.p2p.surv", "", "", "", "", ""],
            [Nip(4), "Staf", "PNS", "Pelaksana", "", "dinkes.p2p.surv", "", "0812-3456-7890", "Ya", "komorbid", ""],
            ["H-001", "Honorer", "Non-ASN", "Staff", "", "dinkes.p2p.surv", Nip(2), "", "", "", "Ya"],
        ]);

    [Fact]
    public async Task A_clean_workbook_creates_units_and_employees_with_paths_heads_and_direct_superiors()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);

        var preview = await ImportRun.PreviewedAsync(Db, admin, CleanWorkbook());
        Assert.Empty(preview.Problems);
        Assert.Equal((3, 0, 5, 0), (preview.Summary!.UnitsCreated, preview.Summary.UnitsUpdated, preview.Summary.EmployeesCreated, preview.Summary.EmployeesUpdated));
        await using (var before = Db.NewScope().InTenant(t.Id))
        {
            Assert.False(await before.Db.OrgUnits.AnyAsync());
        }

        var committed = await ImportRun.CommitAsync(Db, admin, preview.Id);

        Assert.True(committed.IsDone, string.Join("; ", committed.Problems));
        Assert.Equal(ImportStatus.Committed, committed.Value!.Status);
        await using var scope = Db.NewScope().InTenant(t.Id);
        var units = await scope.Db.OrgUnits.ToDictionaryAsync(u => u.Code);
        var people = await scope.Db.Employees.ToDictionaryAsync(e => e.Name);
        Assert.Equal(OrgTreeRules.PathOf(units["dinkes.p2p.surv"].Id, OrgTreeRules.PathOf(units["dinkes.p2p"].Id, units["dinkes"].Path)), units["dinkes.p2p.surv"].Path);
        Assert.Equal((OrgUnitType.Section, units["dinkes.p2p"].Id), (units["dinkes.p2p.surv"].Type, units["dinkes.p2p.surv"].ParentId));
        Assert.Equal((people["Kadis"].Id, people["Kabid"].Id, people["Kasi"].Id), (units["dinkes"].HeadId, units["dinkes.p2p"].HeadId, units["dinkes.p2p.surv"].HeadId));
        Assert.Equal((-7.6681, 109.6525, 100), (units["dinkes"].OfficeLatitude, units["dinkes"].OfficeLongitude, units["dinkes"].OfficeRadiusMetres));
        Assert.Null(people["Kadis"].SupervisorId);
        Assert.Equal(people["Kadis"].Id, people["Kabid"].SupervisorId);
        Assert.Equal(people["Kabid"].Id, people["Kasi"].SupervisorId);
        Assert.Equal(people["Kasi"].Id, people["Staf"].SupervisorId);
        Assert.Equal((people["Kabid"].Id, people["Kabid"].Id), (people["Honorer"].SupervisorOverride, people["Honorer"].SupervisorId));
        Assert.Equal((Employment.NonAsn, PositionLevel.Staff, "H-001"), (people["Honorer"].Employment, people["Honorer"].Level, people["Honorer"].Nip));
        Assert.Equal(("+6281234567890", true, "komorbid"), (people["Staf"].Phone, people["Staf"].PriorityHome, people["Staf"].PriorityHomeReason));
        var audit = await scope.Db.AuditEntries.Where(a => a.TenantId == t.Id && a.EntityType == nameof(Employee)).ToListAsync();
        Assert.Equal(5, audit.Count(a => a.Action == "Created"));
        Assert.All(audit, a => Assert.Equal(admin, a.ActorUserId));
    }

    [Fact]
    public async Task CSV_tables_with_semicolons_or_commas_with_or_without_BOM_import_one_after_the_other()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var units = _files.Csv(
            "Kode unit;Nama unit;Jenis unit;Kode unit induk;Lintang kantor;Bujur kantor;Radius kantor (meter)\n"
            + "dinkes;Dinas Kesehatan;Dinas/Badan;;-7,6681;109,6525;100\n"
            + "dinkes.p2p; Bidang P2P ;Bidang;dinkes;;;\n",
            byteOrderMark: true);
        var employees = _files.Csv(
            "NIP,Nama,Status kepegawaian,Tingkat jabatan,Kode unit,Jabatan\n"
            + $"{Nip(1)},\"Kadis, M.Kes.\",PNS,JPT Pratama,dinkes,Kepala Dinas\n"
            + $"{Nip(2)},Staf,PNS,Pelaksana,dinkes.p2p,\n",
            byteOrderMark: false);

        await ImportRun.ImportAsync(Db, admin, units);
        var second = await ImportRun.ImportAsync(Db, admin, employees);

        Assert.Equal((0, 2), (second.Summary!.UnitsCreated, second.Summary.EmployeesCreated));
        await using var scope = Db.NewScope().InTenant(t.Id);
        var dinkes = await scope.Db.OrgUnits.SingleAsync(u => u.Code == "dinkes");
        Assert.Equal((-7.6681, 109.6525), (dinkes.OfficeLatitude, dinkes.OfficeLongitude));
        Assert.Equal("Bidang P2P", await scope.Db.OrgUnits.Where(u => u.Code == "dinkes.p2p").Select(u => u.Name).SingleAsync());
        var kadis = await scope.Db.Employees.SingleAsync(e => e.Nip == Nip(1));
        Assert.Equal(("Kadis, M.Kes.", "Kepala Dinas"), (kadis.Name, kadis.Title));
    }

    [Fact]
    public async Task Existing_rows_are_updated_and_columns_left_out_of_the_file_keep_their_values()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        await ImportRun.ImportAsync(Db, admin, CleanWorkbook());
        // Only the required columns: the section head moves to the division, the staff member gets a new name.
        var update = _files.Workbook(
            units: [],
            employees:
            [
                [Nip(3), "Kasi", "PNS", "Pengawas", "dinkes.p2p"],
                [Nip(4), "Staf Baru", "PNS", "Pelaksana", "dinkes.p2p.surv"],
            ],
            employeeHeaders: ["NIP", "Nama", "Status kepegawaian", "Tingkat jabatan", "Kode unit"]);

        var preview = await ImportRun.ImportAsync(Db, admin, update);

        Assert.Equal((0, 2, 0), (preview.Summary!.EmployeesCreated, preview.Summary.EmployeesUpdated, preview.Summary.EmployeesUnchanged));
        Assert.True(preview.Summary.OthersUpdated >= 1);
        await using var scope = Db.NewScope().InTenant(t.Id);
        var people = await scope.Db.Employees.ToDictionaryAsync(e => e.Nip);
        var section = await scope.Db.OrgUnits.SingleAsync(u => u.Code == "dinkes.p2p.surv");
        Assert.Null(section.HeadId);                                            // the head left the section
        Assert.Equal(people[Nip(2)].Id, people[Nip(4)].SupervisorId);           // so the staff report to the division head
        Assert.Equal(("Staf Baru", "+6281234567890", true, "komorbid"),
            (people[Nip(4)].Name, people[Nip(4)].Phone, people[Nip(4)].PriorityHome, people[Nip(4)].PriorityHomeReason));
        Assert.Equal("Kepala Dinas", people[Nip(1)].Title);
    }

    [Fact]
    public async Task A_batch_is_committed_once()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var preview = await ImportRun.PreviewedAsync(Db, admin, CleanWorkbook());

        var first = await ImportRun.CommitAsync(Db, admin, preview.Id);
        var second = await ImportRun.CommitAsync(Db, admin, preview.Id);

        Assert.True(first.IsDone);
        Assert.Equal(CommandStatus.Refused, second.Status);
        Assert.Contains("sudah diimpor", Assert.Single(second.Problems).Message);
        await using var scope = Db.NewScope().InTenant(t.Id);
        Assert.Equal(5, await scope.Db.Employees.CountAsync());
        Assert.Equal(ImportStatus.Committed, (await scope.Db.ImportBatches.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_commit_checks_the_rows_again_against_the_data_as_it_is_then()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var path = _files.Workbook([], [[Nip(1), "Pegawai", "PNS", "Pelaksana", "", "dinkes", "", "", "", "", ""]]);
        var preview = await ImportRun.PreviewedAsync(Db, admin, path);
        Assert.True(preview.CanCommit);
        await using (var scope = Db.NewScope().InTenant(t.Id))
        {
            (await scope.Db.OrgUnits.SingleAsync(u => u.Id == dinkes.Id)).IsClosed = true;
            await scope.Db.SaveChangesAsync();
        }

        var commit = await ImportRun.CommitAsync(Db, admin, preview.Id);

        Assert.Equal(CommandStatus.Refused, commit.Status);
        Assert.Equal($"Pegawai row 2, {Domain.Imports.EmployeeSheet.UnitCode.Header}", Assert.Single(commit.Problems).Where);
        await using var after = Db.NewScope().InTenant(t.Id);
        Assert.False(await after.Db.Employees.AnyAsync());
        Assert.Equal(ImportStatus.Previewed, (await after.Db.ImportBatches.SingleAsync()).Status);
    }

    [Fact]
    public async Task Only_tenant_and_agency_admins_may_import_or_export()
    {
        var t = await NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var staff = await t.EmployeeAsync(dinkes, PositionLevel.Staff);
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var preview = await ImportRun.PreviewedAsync(Db, admin, CleanWorkbook());

        foreach (var user in new[] { await t.AccountAsync(staff), await t.AccountAsync(null, Role.Leadership), await t.AccountAsync(null, Role.HealthOfficer) })
        {
            Assert.Equal(CommandStatus.Forbidden, (await ImportRun.PreviewAsync(Db, user, CleanWorkbook())).Status);
            Assert.Equal(CommandStatus.Forbidden, (await ImportRun.CommitAsync(Db, user, preview.Id)).Status);
            await using var scope = await AsAsync(user);
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<ImportService>().GetAsync(preview.Id, CancellationToken.None)).Status);
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<OrganisationExport>().ExportAsync(ExportFormat.Xlsx, CancellationToken.None)).Status);
            Assert.Equal(CommandStatus.Forbidden, (await scope.Get<ScenarioExport>().ExportAsync(null, null, CancellationToken.None)).Status);
        }
        await using var other = await AsAsync(await (await NewTenantAsync()).AccountAsync(null, Role.TenantAdmin));
        Assert.Equal(CommandStatus.NotFound, (await other.Get<ImportService>().CommitAsync(preview.Id, CancellationToken.None)).Status);
    }

    public void Dispose()
    {
        _files.Dispose();
        GC.SuppressFinalize(this);
    }

    public sealed class OnSqlite(SqliteFixture db) : ImportCommitTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ImportCommitTests(db), IClassFixture<PostgresFixture>;
}
