using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sikerja.Integration.Tests.Imports;

/// <summary>
/// A regency-sized workbook (10,000 employees, 390 units) generated in code imports whole. Times are written to
/// the test output (the target is a preview under 5 s and a commit under 10 s); the assertions are on correctness.
/// </summary>
public abstract class LargeImportTests(DatabaseFixture db, ITestOutputHelper output) : DatabaseTest(db), IDisposable
{
    private const int Agencies = 30, DivisionsPerAgency = 3, SectionsPerDivision = 3, Employees = 10_000;

    private readonly ImportFiles _files = new();

    private static string Nip(int k) => ImportProblemTests.Nip(k);

    /// <summary>Agencies, divisions and sections; each unit's head is its first employee, the rest are staff of the sections.</summary>
    private string Workbook()
    {
        var units = new List<object?[]>();
        var heads = new List<(string Unit, string Level)>();
        for (var a = 0; a < Agencies; a++)
        {
            var agency = $"opd{a:00}";
            units.Add([agency, $"Dinas {a}", "Dinas/Badan", "", null, -7.6 - a / 100.0, 109.6, 150, null]);
            heads.Add((agency, "JPT Pratama"));
            for (var d = 0; d < DivisionsPerAgency; d++)
            {
                var division = $"{agency}.b{d}";
                units.Add([division, $"Bidang {a}.{d}", "Bidang", agency, null, null, null, null, null]);
                heads.Add((division, "Administrator"));
                for (var s = 0; s < SectionsPerDivision; s++)
                {
                    var section = $"{division}.s{s}";
                    units.Add([section, $"Seksi {a}.{d}.{s}", "Seksi", division, null, null, null, null, null]);
                    heads.Add((section, "Pengawas"));
                }
            }
        }
        var sections = heads.Where(h => h.Level == "Pengawas").Select(h => h.Unit).ToList();
        var employees = new List<object?[]>(Employees);
        for (var i = 0; i < Employees; i++)
        {
            var (unit, level) = i < heads.Count ? heads[i] : (sections[i % sections.Count], "Pelaksana");
            var employment = i % 10 == 9 ? "Non-ASN" : i % 10 == 8 ? "PPPK" : "PNS";
            employees.Add([Nip(i), $"Pegawai {i}", employment, level, null, unit, null, $"08123{i:000000}", i % 13 == 0 ? "Ya" : "Tidak", i % 13 == 0 ? "komorbid" : null, "Ya"]);
        }
        for (var u = 0; u < units.Count; u++)
        {
            units[u][8] = Nip(u);
        }
        return _files.Workbook(units, employees);
    }

    [Fact]
    public async Task A_workbook_of_ten_thousand_employees_imports_whole()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var path = Workbook();

        var (preview, previewTime) = await TimedAsync(() => ImportRun.PreviewedAsync(Db, admin, path));
        Assert.Empty(preview.Problems);
        var (committed, commitTime) = await TimedAsync(() => ImportRun.CommitAsync(Db, admin, preview.Id));
        output.WriteLine($"{Db.Provider}, {Employees} employees ({new FileInfo(path).Length / 1024} KiB): preview {previewTime}, commit {commitTime}");

        Assert.True(committed.IsDone, string.Join("; ", committed.Problems.Take(5)));
        Assert.Equal((390, Employees), (committed.Value!.Summary!.UnitsCreated, committed.Value.Summary.EmployeesCreated));
        await using var scope = Db.NewScope().InTenant(t.Id);
        Assert.Equal(Employees, await scope.Db.Employees.CountAsync());
        Assert.Equal(390, await scope.Db.OrgUnits.CountAsync(u => u.HeadId != null));
        // Every direct superior is the head of the employee's unit, or for a head the head of the unit above.
        var units = await scope.Db.OrgUnits.ToDictionaryAsync(u => u.Id);
        var people = await scope.Db.Employees.Select(e => new { e.Id, e.UnitId, e.SupervisorId }).ToListAsync();
        Assert.All(people, e =>
        {
            var unit = units[e.UnitId];
            var expected = unit.HeadId != e.Id ? unit.HeadId : unit.ParentId is { } p ? units[p].HeadId : null;
            Assert.Equal(expected, e.SupervisorId);
        });
        Assert.Equal(Employees - Agencies, people.Count(e => e.SupervisorId is not null));
        Assert.All(units.Values.Where(u => u.ParentId is { } p), u => Assert.StartsWith(units[u.ParentId!.Value].Path, u.Path, StringComparison.Ordinal));
    }

    /// <summary>Elapsed time, and the processor time this process used meanwhile (the machine may be shared).</summary>
    private static async Task<(T Result, string Time)> TimedAsync<T>(Func<Task<T>> action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await action();
        process.Refresh();
        return (result, $"{clock.Elapsed.TotalSeconds:0.00} s (processor {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s)");
    }

    public void Dispose()
    {
        _files.Dispose();
        GC.SuppressFinalize(this);
    }

    public sealed class OnSqlite(SqliteFixture db, ITestOutputHelper output) : LargeImportTests(db, output), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db, ITestOutputHelper output) : LargeImportTests(db, output), IClassFixture<PostgresFixture>;
}
