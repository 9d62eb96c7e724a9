using Microsoft.Playwright;

namespace Sikerja.Web.Tests.Browser.Pages;

/// <summary>"Jadwal saya" as the signed-in employee sees it: reached from the header, today first.</summary>
public sealed class SchedulePage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Jadwal saya" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Schedule", StringComparison.Ordinal));
    }

    /// <summary>The card of today: its heading and what the day holds.</summary>
    public ILocator Today => page.Locator("section.today");

    /// <summary>The coming days, one line each: "Sen, 7 Des Bekerja di kantor (WFO) …".</summary>
    public ILocator ComingDays => page.Locator("section[aria-labelledby=coming] li");

    /// <summary>Makes the calendar subscription and returns its address, shown this once.</summary>
    public async Task<string> SubscribeAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Buat alamat") }).ClickAsync();
        return await page.GetByLabel("Alamat langganan").InputValueAsync();
    }
}
