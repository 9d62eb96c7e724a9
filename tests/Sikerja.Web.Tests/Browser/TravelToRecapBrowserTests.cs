using Microsoft.Playwright;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Travel;
using Sikerja.Web.Tests.Browser.Pages;

namespace Sikerja.Web.Tests.Browser;

/// <summary>
/// Issue 5's travel flow end to end on phones: an employee asks to travel to a high-risk region, the direct superior,
/// the head of the agency and the Sekda approve in turn; past the month's end (the node's clock moved) the head signs
/// the month's recap holding that trip, the Asisten forwards it, and the Sekda, not the Sekretaris DPRD beside them,
/// sees it in the consolidated month.
/// </summary>
public sealed class TravelToRecapBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private const string Password = "bepergian-uji-2026";

    [Fact]
    public async Task A_trip_approved_up_the_chain_reaches_the_Sekda_in_the_signed_and_forwarded_recap_of_its_month()
    {
        var w = await TravelWorld.CreateAsync(web.Database, Password);
        await w.SekretariatDprdAsync(Password);
        var asisten = await w.RoutedAsistenAsync(web.Database, Password);
        await w.MarkHighRiskAsync(web.Database, "31", w.Today, w.Today.AddDays(30));
        var (leaves, returns) = (w.Today.AddDays(3), w.Today.AddDays(4));
        var month = RecapMonth.Of(leaves);

        var staffPage = await SignedInAsync(w.Staff.Nip);
        var travel = new TravelPage(staffPage);
        await travel.OpenAsync();
        await travel.RequestAsync("DKI Jakarta", "Kota Administrasi Jakarta Pusat", leaves, returns, "menjenguk orang tua", "0812 3456 7890");
        await Assertions.Expect(travel.Mine.First).ToContainTextAsync("Menunggu keputusan: menunggu Atasan langsung");
        foreach (var (approver, next) in new[] { (w.Kabid, "menunggu Kepala perangkat daerah"), (w.Kadis, "menunggu Sekretaris Daerah"), (w.Sekda, "Disetujui") })
        {
            var page = await SignedInAsync(approver.Nip);
            var approvals = new TravelPage(page);
            await approvals.OpenApprovalsAsync();
            await Assertions.Expect(approvals.Waiting).ToHaveCountAsync(1);
            await Assertions.Expect(approvals.Waiting.First).ToContainTextAsync(w.Staff.Name);
            await approvals.ApproveFirstAsync();
            await Assertions.Expect(approvals.Waiting).ToHaveCountAsync(0);
            await page.Context.CloseAsync();
            await staffPage.ReloadAsync();
            await Assertions.Expect(travel.Mine.First).ToContainTextAsync(next);
        }
        await staffPage.Context.CloseAsync();

        // 09:00 WIB on the first day after the month: its last working day has passed, so it is the month being reported.
        web.Clock.MoveTo(new DateTimeOffset(month.Last.AddDays(1).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));

        var head = new TravelRecapPage(await SignedInAsync(w.Kadis.Nip));
        await head.OpenAgencyAsync();
        await Assertions.Expect(head.Month).ToHaveValueAsync(month.ToString());
        await Assertions.Expect(head.Lines).ToHaveCountAsync(1);
        await Assertions.Expect(head.Lines).ToContainTextAsync(w.Staff.Name);
        await head.SignOffAsync("094/517/Dinas");
        await Assertions.Expect(head.Status).ToContainTextAsync("Nomor 094/517/Dinas");
        await Assertions.Expect(head.Status).ToContainTextAsync($"Melalui {asisten.Name}");
        await Assertions.Expect(head.SignOffForm).ToHaveCountAsync(0);

        var byAsisten = new TravelRecapPage(await SignedInAsync(asisten.Nip));
        await byAsisten.OpenConsolidatedAsync(month);
        await Assertions.Expect(byAsisten.ToForward).ToHaveCountAsync(1);
        await Assertions.Expect(byAsisten.ToForward).ToContainTextAsync(w.Dinas.Name);
        await byAsisten.ForwardFirstAsync();
        await Assertions.Expect(byAsisten.Notice).ToContainTextAsync("Rekap diteruskan kepada Sekretaris Daerah");

        var sekda = new TravelRecapPage(await SignedInAsync(w.Sekda.Nip));
        await sekda.OpenConsolidatedAsync(month);
        await Assertions.Expect(sekda.Submitted).ToHaveCountAsync(1);
        await Assertions.Expect(sekda.Submitted).ToContainTextAsync(w.Dinas.Name);
        await Assertions.Expect(sekda.Submitted).ToContainTextAsync("Diteruskan kepada Sekda");
        await Assertions.Expect(sekda.NotSubmitted).ToHaveCountAsync(3);
        await Assertions.Expect(sekda.ConsolidatedTotals).ToContainTextAsync("1");
    }

    private async Task<IPage> SignedInAsync(string nip)
    {
        var page = await web.NewPhonePageAsync();
        await new SignInPage(page).SignInAsync(nip, Password);
        return page;
    }
}
