using Microsoft.Playwright;

namespace Sikerja.Web.Tests.Browser.Pages;

public sealed class PeoplePage(IPage page)
{
    public async Task SearchAsync(string term)
    {
        await page.GotoAsync("/People");
        await page.GetByRole(AriaRole.Searchbox).FillAsync(term);
        // Wait for the results page from before the click, so that a fast answer is not missed.
        var results = page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
        await results;
    }

    public ILocator ResultNames => page.Locator("table.list tbody tr td:first-child");
}
