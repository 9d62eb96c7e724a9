using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Tests.Browser.Pages;

namespace Sikerja.Web.Tests.Browser;

/// <summary>A tenant admin imports a staff list from a real XLSX file in Chromium.</summary>
public sealed class ImportBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string Password = "impor-2026-aman";
    private readonly string _folder = Directory.CreateTempSubdirectory("sikerja-import-").FullName;

    [Fact]
    public async Task Errors_are_reported_by_row_and_column_with_nothing_saved_then_the_fixed_file_imports()
    {
        var t = await web.NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var admin = await t.EmployeeAsync(dinkes, PositionLevel.Staff, name: "Admin Kepegawaian");
        await t.AccountAsync(admin, Role.TenantAdmin, password: Password);
        var rinaNip = TestTenant.NextNip(777_001);
        var budiNip = TestTenant.NextNip(777_002);

        var broken = Workbook("salah.xlsx",
            units: [Unit("dinkes.p2p", "Bidang P2P", "Bidang", "dinkes"), Unit("dinkes.lab", "Labkesda", "Laboratorium", "dinkes")],
            employees:
            [
                Employee(rinaNip, "Rina Wulandari", "PNS", "Pelaksana", "dinkes.p2p"),
                Employee("12345", "Budi Santoso", "PNS", "Pelaksana", "dinkes.p2p"),
                Employee(budiNip, "Budi Santoso", "PNS", "Staf Ahli Gaib", "dinkes.tidakada"),
            ]);

        var page = await web.NewPhonePageAsync();
        await new SignInPage(page).SignInAsync(admin.Nip, Password);
        var import = new ImportPage(page);
        await import.PreviewAsync(broken);
        var problems = await import.ProblemsAsync();
        Assert.Contains(problems, p => p is ("Unit", "3", "Jenis unit", _));
        Assert.Contains(problems, p => p is ("Pegawai", "3", "NIP", _));
        Assert.Contains(problems, p => p is ("Pegawai", "4", "Tingkat jabatan", _));
        Assert.Contains(problems, p => p is ("Pegawai", "4", "Kode unit", _) && p.Message.Contains("dinkes.tidakada", StringComparison.Ordinal));
        Assert.Equal(0, await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Impor sekarang" }).CountAsync());
        Assert.Equal(1, await EmployeeCountAsync(t));

        var fixedFile = Workbook("benar.xlsx",
            units: [Unit("dinkes.p2p", "Bidang P2P", "Bidang", "dinkes"), Unit("dinkes.lab", "Labkesda", "UPT", "dinkes")],
            employees:
            [
                Employee(rinaNip, "Rina Wulandari", "PNS", "Pelaksana", "dinkes.p2p"),
                Employee(budiNip, "Budi Santoso", "PNS", "Pelaksana", "dinkes.lab"),
            ]);
        await import.PreviewAsync(fixedFile);
        Assert.Empty(await import.ProblemsAsync());
        Assert.True(await import.IsCleanAsync());
        await import.CommitAsync();
        Assert.Equal(3, await EmployeeCountAsync(t));

        var people = new PeoplePage(page);
        await people.SearchAsync("wulandari");
        Assert.Equal(["Rina Wulandari"], await people.ResultNames.AllInnerTextsAsync());
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Rina Wulandari" }).ClickAsync();
        Assert.Contains(rinaNip, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Bidang P2P", await page.ContentAsync(), StringComparison.Ordinal);
    }

    private async Task<int> EmployeeCountAsync(TestTenant t)
    {
        await using var scope = web.Database.NewScope().InTenant(t.Id);
        return await scope.Db.Employees.CountAsync();
    }

    private string Workbook(string name, IEnumerable<Dictionary<string, object>> units, IEnumerable<Dictionary<string, object>> employees)
    {
        var path = Path.Combine(_folder, name);
        MiniExcel.SaveAs(path, new Dictionary<string, object> { ["Unit"] = units.ToList(), ["Pegawai"] = employees.ToList() });
        return path;
    }

    private static Dictionary<string, object> Unit(string code, string name, string type, string parent) => new()
    {
        ["Kode unit"] = code, ["Nama unit"] = name, ["Jenis unit"] = type, ["Kode unit induk"] = parent,
    };

    private static Dictionary<string, object> Employee(string nip, string name, string employment, string level, string unit) => new()
    {
        ["NIP"] = nip, ["Nama"] = name, ["Status kepegawaian"] = employment, ["Tingkat jabatan"] = level, ["Kode unit"] = unit,
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
