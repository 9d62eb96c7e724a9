using Microsoft.Playwright;
using Sikerja.Integration.Tests.Travel;
using Sikerja.Web.Tests.Browser.Pages;

namespace Sikerja.Web.Tests.Browser;

/// <summary>An employee asks on a phone to travel out of the region; the direct superior and the head of the agency approve from theirs.</summary>
public sealed class TravelBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private const string Password = "bepergian-uji-2026";

    [Fact]
    public async Task A_request_out_of_the_region_is_approved_by_the_direct_superior_then_the_agency_head_and_the_employee_sees_it_approved()
    {
        var w = await TravelWorld.CreateAsync(web.Database, Password);
        var staffPage = await web.NewPhonePageAsync();
        await new SignInPage(staffPage).SignInAsync(w.Staff.Nip, Password);
        var travel = new TravelPage(staffPage);
        await travel.OpenAsync();
        await travel.RequestAsync("DKI Jakarta", "Kota Administrasi Jakarta Pusat", w.Today.AddDays(3), w.Today.AddDays(4), "menjenguk orang tua", "0812 3456 7890");
        await Assertions.Expect(travel.Mine).ToHaveCountAsync(1);
        await Assertions.Expect(travel.Mine.First).ToContainTextAsync("Kota Administrasi Jakarta Pusat, DKI Jakarta");
        await Assertions.Expect(travel.Mine.First).ToContainTextAsync("Menunggu keputusan: menunggu Atasan langsung");

        foreach (var (approver, nextStep) in new[] { (w.Kabid, "Kepala perangkat daerah"), (w.Kadis, (string?)null) })
        {
            var page = await web.NewPhonePageAsync();
            await new SignInPage(page).SignInAsync(approver.Nip, Password);
            var approvals = new TravelPage(page);
            await approvals.OpenApprovalsAsync();
            await Assertions.Expect(approvals.Waiting).ToHaveCountAsync(1);
            await Assertions.Expect(approvals.Waiting.First).ToContainTextAsync(w.Staff.Name);
            await approvals.ApproveFirstAsync();
            await Assertions.Expect(approvals.Waiting).ToHaveCountAsync(0);
            await page.Context.CloseAsync();
            await staffPage.ReloadAsync();
            await Assertions.Expect(travel.Mine.First).ToContainTextAsync(nextStep is null ? "Disetujui" : $"menunggu {nextStep}");
        }
        await Assertions.Expect(travel.Mine.First).ToContainTextAsync("Atasan langsung");
        await Assertions.Expect(travel.Mine.First).ToContainTextAsync("disetujui oleh Kepala Dinas");
    }
}
