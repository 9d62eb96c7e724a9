using Microsoft.Playwright;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Tests.Browser.Pages;

namespace Sikerja.Web.Tests.Browser;

/// <summary>On phones: an employee submits the day's report, the superior returns it with a comment, the employee fixes and
/// resubmits it, the superior approves, and the employee sees it approved.</summary>
public sealed class ReportBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private const string Password = "laporan-uji-2026";

    [Fact]
    public async Task A_report_returned_with_a_comment_is_fixed_resubmitted_and_approved()
    {
        var t = await web.NewTenantAsync();
        var dinas = await t.UnitAsync("dinas", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("dinas.bidang", OrgUnitType.Division, dinas);
        await t.EmployeeAsync(dinas, PositionLevel.Jpt, head: true, name: "Kepala Dinas");
        var kabid = await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Kepala Bidang Uji");
        var staff = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Sari Pelaksana");
        await t.AccountAsync(kabid, password: Password);
        await t.AccountAsync(staff, password: Password);

        var employee = await web.NewPhonePageAsync();
        await new SignInPage(employee).SignInAsync(staff.Nip, Password);
        var mine = new ReportPage(employee);
        await mine.OpenAsync();
        await mine.FillActivityAsync("08:00", "10:00", "Menyusun surat undangan rapat", "2", "surat");
        await mine.ClickAsync("Tambah");
        await Assertions.Expect(employee.Locator("ul.activities")).ToContainTextAsync("Menyusun surat undangan rapat");
        await mine.ClickAsync("Kirim ke atasan");
        await Assertions.Expect(mine.Status).ToContainTextAsync("Menunggu tinjauan");

        var superior = await web.NewPhonePageAsync();
        await new SignInPage(superior).SignInAsync(kabid.Nip, Password);
        var review = new ReportPage(superior);
        await review.OpenReviewAsync();
        var item = review.ReviewItem("Sari Pelaksana");
        await Assertions.Expect(item).ToContainTextAsync("Menyusun surat undangan rapat");
        await item.GetByLabel("Catatan perbaikan").FillAsync("Sebutkan jumlah undangan yang dikirim");
        await item.GetByRole(AriaRole.Button, new() { Name = "Kembalikan" }).ClickAsync();
        await Assertions.Expect(superior.Locator("p.notice")).ToContainTextAsync("dikembalikan dengan catatan");
        await Assertions.Expect(review.ReviewItem("Sari Pelaksana")).ToHaveCountAsync(0);

        await employee.ReloadAsync();
        await Assertions.Expect(mine.Status).ToContainTextAsync("Dikembalikan untuk diperbaiki: Sebutkan jumlah undangan yang dikirim");
        await employee.GetByRole(AriaRole.Link, new() { Name = "Ubah", Exact = true }).ClickAsync();
        await employee.GetByLabel("Kegiatan yang dikerjakan").FillAsync("Menyusun dan mengirim 12 surat undangan rapat");
        await employee.GetByLabel("Jumlah keluaran").FillAsync("12");
        await mine.ClickAsync("Simpan");
        await Assertions.Expect(employee.Locator("ul.activities")).ToContainTextAsync("12 surat");
        await mine.ClickAsync("Kirim ulang ke atasan");
        await Assertions.Expect(mine.Status).ToContainTextAsync("Menunggu tinjauan");

        await superior.ReloadAsync();
        item = review.ReviewItem("Sari Pelaksana");
        await Assertions.Expect(item).ToContainTextAsync("perbaikan");
        await item.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await Assertions.Expect(superior.Locator("p.notice")).ToContainTextAsync("disetujui");

        await employee.ReloadAsync();
        await Assertions.Expect(mine.Status).ToContainTextAsync("Disetujui");
        await Assertions.Expect(mine.Status).ToContainTextAsync("Kepala Bidang Uji");
    }
}
