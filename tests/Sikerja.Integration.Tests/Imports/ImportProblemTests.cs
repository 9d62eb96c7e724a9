using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Imports;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Integration.Tests.Imports;

/// <summary>A file with mistakes: every problem at the row and column the spreadsheet shows, and nothing saved.</summary>
public abstract class ImportProblemTests(DatabaseFixture db) : DatabaseTest(db), IDisposable
{
    private readonly ImportFiles _files = new();

    public static string Nip(int k) => TestTenant.NextNip(1_000_000 + k);

    [Fact]
    public async Task Every_kind_of_problem_is_reported_at_its_row_and_column_and_nothing_is_saved()
    {
        var t = await NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var kadis = await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Kadis");
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        string[] blank = ["", "", "", "", ""];
        var path = _files.Workbook(
            units:
            [
                ["a", "Unit A", "Bidang", "b", .. blank],                                 // 2: loop a → b → a
                ["b", "Unit B", "Bidang", "a", .. blank],                                 // 3: loop b → a → b
                ["a", "Unit A lagi", "Bidang", "dinkes", .. blank],                       // 4: code repeated
                ["c", "Unit C", "Galaksi", "dinkes", .. blank],                           // 5: unknown type
                ["d", "Unit D", "Seksi", "dinkes", "", 95.0, 110.0, 100, Nip(1)],         // 6: bad latitude; head of another unit
                ["e", "Unit E", "Seksi", "tidakada", "", "", "", "", ""],                 // 7: unknown parent
            ],
            employees:
            [
                ["19760315200112100", "NIP pendek", "PNS", "Pelaksana", "", "dinkes", "", "", "", "", ""],      // 2
                [Nip(1), "Pegawai Satu", "PNS", "Pelaksana", "", "dinkes", "", "", "", "", ""],                 // 3
                [Nip(1), "Pegawai Satu lagi", "PNS", "Pelaksana", "", "dinkes", "", "", "", "", ""],            // 4: NIP repeated
                [Nip(2), "Pegawai Dua", "PNS", "Pelaksana", "", "tidakada", "", "", "", "", ""],                // 5: unknown unit
                [Nip(3), "Pegawai Tiga", "PNS", "Kapten", "", "dinkes", "", "", "", "", ""],                    // 6: unknown level
                [Nip(4), "Pegawai Empat", "Kontraktor", "Pelaksana", "", "dinkes", "", "", "", "", ""],         // 7: unknown employment
                [Nip(5), "Pegawai Lima", "PNS", "Pelaksana", "", "dinkes", Nip(99), "", "", "", ""],            // 8: unknown superior
                [Nip(6), "Pegawai Enam", "PNS", "Pelaksana", "", "dinkes", Nip(7), "", "", "", ""],             // 9: superior loop
                [Nip(7), "Pegawai Tujuh", "PNS", "Pelaksana", "", "dinkes", Nip(6), "", "", "", ""],            // 10: superior loop
                [Nip(8), "Pegawai Delapan", "PNS", "Pelaksana", "", "dinkes", "", "12345", "", "", ""],         // 11: bad phone
                [197603152001121003d, "Angka", "PNS", "Pelaksana", "", "dinkes", "", "", "", "", ""],          // 12: NIP typed as a number
                [Nip(9), "Pegawai Sembilan", "PNS", "Pelaksana", "", "dinkes", "", "", "Ya", "", ""],          // 13: priority without reason
                [Nip(10), "Pegawai Sepuluh", "PNS", "Pelaksana", "", "dinkes", "", "", "", "", "Mungkin"],     // 14: not yes/no
            ]);

        var preview = await ImportRun.PreviewedAsync(Db, admin, path);

        var found = preview.Problems.Select(p => (p.Sheet, p.Row, p.Column)).ToList();
        (string, int, string)[] expected =
        [
            ("Unit", 2, UnitSheet.ParentCode.Header),
            ("Unit", 3, UnitSheet.ParentCode.Header),
            ("Unit", 4, UnitSheet.Code.Header),
            ("Unit", 5, UnitSheet.Type.Header),
            ("Unit", 6, UnitSheet.Latitude.Header),
            ("Unit", 6, UnitSheet.HeadNip.Header),
            ("Unit", 7, UnitSheet.ParentCode.Header),
            ("Pegawai", 2, EmployeeSheet.Nip.Header),
            ("Pegawai", 4, EmployeeSheet.Nip.Header),
            ("Pegawai", 5, EmployeeSheet.UnitCode.Header),
            ("Pegawai", 6, EmployeeSheet.Level.Header),
            ("Pegawai", 7, EmployeeSheet.Employment.Header),
            ("Pegawai", 8, EmployeeSheet.SupervisorNip.Header),
            ("Pegawai", 9, EmployeeSheet.SupervisorNip.Header),
            ("Pegawai", 10, EmployeeSheet.SupervisorNip.Header),
            ("Pegawai", 11, EmployeeSheet.Phone.Header),
            ("Pegawai", 12, EmployeeSheet.Nip.Header),
            ("Pegawai", 13, EmployeeSheet.PriorityHomeReason.Header),
            ("Pegawai", 14, EmployeeSheet.Active.Header),
        ];
        Assert.Equal(expected, found);
        string Message(string sheet, int row, string column) => preview.Problems.Single(p => p.Sheet == sheet && p.Row == row && p.Column == column).Message;
        Assert.Contains("lingkaran: a → b → a", Message("Unit", 2, UnitSheet.ParentCode.Header));
        Assert.Contains("sudah dipakai di baris 2", Message("Unit", 4, UnitSheet.Code.Header));
        Assert.Contains("'Galaksi'", Message("Unit", 5, UnitSheet.Type.Header));
        Assert.Contains("lintang", Message("Unit", 6, UnitSheet.Latitude.Header));
        Assert.Contains("kepala unit harus pegawai unit itu sendiri", Message("Unit", 6, UnitSheet.HeadNip.Header));
        Assert.Contains("NIP harus 18 angka", Message("Pegawai", 2, EmployeeSheet.Nip.Header));
        Assert.Contains("sudah dipakai di baris 3", Message("Pegawai", 4, EmployeeSheet.Nip.Header));
        Assert.Contains("'tidakada'", Message("Pegawai", 5, EmployeeSheet.UnitCode.Header));
        Assert.Contains("Pegawai Enam → Pegawai Tujuh → Pegawai Enam", Message("Pegawai", 9, EmployeeSheet.SupervisorNip.Header));
        Assert.Contains("format kolom sebagai Teks", Message("Pegawai", 12, EmployeeSheet.Nip.Header));
        Assert.Equal($"Pegawai row 11, {EmployeeSheet.Phone.Header}: " + Message("Pegawai", 11, EmployeeSheet.Phone.Header),
            preview.Problems.Single(p => p.Row == 11 && p.Sheet == "Pegawai").ToString());

        Assert.False(preview.CanCommit);
        Assert.False((await ImportRun.CommitAsync(Db, admin, preview.Id)).IsDone);
        await using var scope = Db.NewScope().InTenant(t.Id);
        Assert.Equal(["dinkes"], await scope.Db.OrgUnits.Select(u => u.Code).ToListAsync());
        Assert.Equal([kadis.Id], await scope.Db.Employees.Select(e => e.Id).ToListAsync());
        var batch = await scope.Db.ImportBatches.SingleAsync();
        Assert.Equal(expected.Length, batch.ProblemCount);
        Assert.Equal(Data.Imports.ImportStatus.Previewed, batch.Status);
    }

    [Fact]
    public async Task A_missing_required_column_is_reported_on_the_header_row_and_no_row_is_read()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var path = _files.Csv($"\nNIP;Nama;Status kepegawaian;Tingkat jabatan\n{Nip(1)};Pegawai Satu;PNS;Pelaksana\n", byteOrderMark: false);

        var preview = await ImportRun.PreviewedAsync(Db, admin, path);

        var problem = Assert.Single(preview.Problems);
        Assert.Equal(("Pegawai", 2, EmployeeSheet.UnitCode.Header), (problem.Sheet, problem.Row, problem.Column));
        Assert.Equal(0, preview.EmployeeRows);
    }

    [Fact]
    public async Task CSV_rows_are_numbered_as_a_spreadsheet_shows_them_across_blank_lines_and_quoted_line_breaks()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var path = _files.Csv(
            "Kode unit,Nama unit,Jenis unit,Kode unit induk,Alamat\r\n"
            + "dinkes,Dinas Kesehatan,Dinas,,\"Jl. Pahlawan 1,\nKebumen\"\r\n"
            + "\r\n"
            + "dinkes.p2p,Bidang P2P,Planet,dinkes,\r\n",
            byteOrderMark: false);

        var preview = await ImportRun.PreviewedAsync(Db, admin, path);

        var problem = Assert.Single(preview.Problems);
        Assert.Equal(("Unit", 4, UnitSheet.Type.Header), (problem.Sheet, problem.Row, problem.Column));
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused_with_a_clear_message()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var legacy = _files.Save("lama.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);
        var latin1 = _files.Save("latin1.csv", [.. "NIP;Nama\n1;Jos"u8, 0xE9, (byte)'\n']);
        var broken = _files.Save("rusak.xlsx", [.. "PK\u0003\u0004"u8, 1, 2, 3]);

        Assert.Contains(".xls", Assert.Single((await ImportRun.PreviewedAsync(Db, admin, legacy)).Problems).Message);
        Assert.Contains("UTF-8", Assert.Single((await ImportRun.PreviewedAsync(Db, admin, latin1)).Problems).Message);
        Assert.Contains("XLSX rusak", Assert.Single((await ImportRun.PreviewedAsync(Db, admin, broken)).Problems).Message);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var path = _files.Save("besar.csv", new byte[Web.Features.Imports.ImportService.MaxFileBytes + 1]);

        var result = await ImportRun.PreviewAsync(Db, admin, path);

        Assert.Contains("10 MB", Assert.Single(result.Problems).Message);
        await using var scope = Db.NewScope().InTenant(t.Id);
        Assert.False(await scope.Db.ImportBatches.AnyAsync());
    }

    public void Dispose()
    {
        _files.Dispose();
        GC.SuppressFinalize(this);
    }

    public sealed class OnSqlite(SqliteFixture db) : ImportProblemTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ImportProblemTests(db), IClassFixture<PostgresFixture>;
}
