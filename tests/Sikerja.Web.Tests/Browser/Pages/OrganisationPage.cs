using Microsoft.Playwright;

namespace Sikerja.Web.Tests.Browser.Pages;

public sealed class OrganisationPage(IPage page)
{
    public Task OpenAsync() => page.GotoAsync("/Organisation");

    public ILocator Row(string unitName) => page.Locator("table.list tbody tr", new() { HasText = unitName });

    /// <summary>The employee count of a unit's row (its whole subtree).</summary>
    public async Task<int> HeadCountAsync(string unitName) =>
        int.Parse(await Row(unitName).Locator("td.num").Last.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    public async Task EnterAsync(string unitName)
    {
        await Row(unitName).GetByRole(AriaRole.Link, new() { Name = unitName }).ClickAsync();
        await page.Locator("h2", new() { HasText = unitName }).WaitForAsync();
    }
}
