using Microsoft.Playwright;
using Sikerja.Domain.Travel;

namespace Sikerja.Web.Tests.Browser.Pages;

/// <summary>"Rekap perjalanan ke luar daerah": an agency's month for its head; the month across agencies for the Asisten and the Sekda.</summary>
public sealed class TravelRecapPage(IPage page)
{
    /// <summary>The caller's agency in the month being reported (no month asked: the host's clock decides).</summary>
    public async Task OpenAgencyAsync() => await page.GotoAsync("/TravelRecaps");

    public ILocator Month => page.GetByLabel("Bulan");

    public ILocator Lines => page.Locator(".recap-lines tbody tr");

    public ILocator Status => page.Locator("#recap-status");

    public ILocator SignOffForm => page.Locator("#sign-off");

    public async Task SignOffAsync(string number)
    {
        await page.GetByLabel("Nomor surat").FillAsync(number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tandatangani dan kirim" }).ClickAsync();
    }

    public async Task OpenConsolidatedAsync(RecapMonth month) => await page.GotoAsync($"/TravelRecaps/Consolidated?month={month}");

    /// <summary>The signed recaps waiting for the signed-in Asisten to forward them.</summary>
    public ILocator ToForward => page.Locator("#to-forward li");

    public async Task ForwardFirstAsync() =>
        await ToForward.First.GetByRole(AriaRole.Button, new() { Name = "Teruskan" }).ClickAsync();

    public ILocator Notice => page.Locator("p.notice[role=status]");

    public ILocator Submitted => page.Locator("#submitted tbody tr");

    public ILocator NotSubmitted => page.Locator("#not-submitted li");

    public ILocator ConsolidatedTotals => page.Locator("#consolidated tfoot");
}
