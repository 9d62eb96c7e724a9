using Microsoft.Playwright;
using Sikerja.Integration.Tests.TravelRecaps;

namespace Sikerja.Web.Tests.Browser;

/// <summary>The month's recap from the permits to the Sekda: the head signs it, the Asisten forwards it, the Sekda sees it consolidated.</summary>
public sealed class TravelRecapBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_head_signs_the_recap_the_Asisten_forwards_it_and_the_Sekda_sees_it_consolidated()
    {
        var w = await RecapWorld.CreateAsync(web.Database);
        var month = RecapWorld.PastMonth;
        await w.UsualPermitsAsync(web.Database, month);

        var head = await web.NewPhonePageAsync();
        await new Pages.SignInPage(head).SignInAsync(w.Kadis.Nip, RecapWorld.Password);
        await head.GotoAsync($"/TravelRecaps?month={month}");
        await Assertions.Expect(head.Locator("#recap tfoot")).ToContainTextAsync("4");
        await Assertions.Expect(head.Locator(".recap-lines tbody tr")).ToHaveCountAsync(4);
        await head.GetByLabel("Nomor surat").FillAsync("094/517/Dinkes");
        await head.GetByRole(AriaRole.Button, new() { Name = "Tandatangani dan kirim" }).ClickAsync();
        await Assertions.Expect(head.Locator("#recap-status")).ToContainTextAsync("Nomor 094/517/Dinkes");
        await Assertions.Expect(head.Locator("#sign-off")).ToHaveCountAsync(0);

        var asisten = await web.NewPhonePageAsync();
        await new Pages.SignInPage(asisten).SignInAsync(w.Asisten.Nip, RecapWorld.Password);
        await asisten.GotoAsync($"/TravelRecaps/Consolidated?month={month}");
        var toForward = asisten.Locator("#to-forward li");
        await Assertions.Expect(toForward).ToHaveCountAsync(1);
        await Assertions.Expect(toForward).ToContainTextAsync(w.Dinkes.Name);
        await toForward.GetByRole(AriaRole.Button, new() { Name = "Teruskan" }).ClickAsync();
        await Assertions.Expect(asisten.Locator("p.notice[role=status]")).ToContainTextAsync("Rekap diteruskan kepada Sekretaris Daerah");
        await Assertions.Expect(asisten.Locator("#to-forward")).ToHaveCountAsync(0);

        var sekda = await web.NewPhonePageAsync();
        await new Pages.SignInPage(sekda).SignInAsync(w.Sekda.Nip, RecapWorld.Password);
        await sekda.GotoAsync($"/TravelRecaps/Consolidated?month={month}");
        var submitted = sekda.Locator("#submitted tbody tr");
        await Assertions.Expect(submitted).ToHaveCountAsync(1);
        await Assertions.Expect(submitted).ToContainTextAsync(w.Dinkes.Name);
        await Assertions.Expect(submitted).ToContainTextAsync("Diteruskan kepada Sekda");
        await Assertions.Expect(sekda.Locator("#not-submitted li")).ToHaveCountAsync(2);
        await Assertions.Expect(sekda.Locator("#consolidated tfoot")).ToContainTextAsync("4");
    }
}
