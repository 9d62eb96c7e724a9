using Microsoft.Playwright;

namespace Sikerja.Web.Tests.Browser.Pages;

/// <summary>"Hari ini" on the phone: today's card, the one button, its status line and the records waiting on the phone.</summary>
public sealed class AttendancePage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Hari ini" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Attendance", StringComparison.Ordinal));
    }

    public ILocator Today => page.Locator("section.today");

    public ILocator Button => page.Locator("#checkin-button");

    public ILocator Status => page.Locator("#checkin-status");

    /// <summary>Records kept on the phone until the server has them.</summary>
    public ILocator Waiting => page.Locator("#checkin-queue li");
}
