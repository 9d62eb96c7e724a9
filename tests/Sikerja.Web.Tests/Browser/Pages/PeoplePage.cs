using Microsoft.Playwright;

namespace Sikerja.Web.Tests.Browser.Pages;

public sealed class PeoplePage(IPage page)
{
    public async Task SearchAsync(string term)
    {
        await page.GotoAsync("/People");
        await page.GetByRole(AriaRole.Searchbox).FillAsync(term);
        await page.RunAndWaitForNavigationAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync(),
            new() { UrlFunc = url => url.Contains("q=", StringComparison.Ordinal) });
    }

    public ILocator ResultNames => page.Locator("table.list tbody tr td:first-child");
}
