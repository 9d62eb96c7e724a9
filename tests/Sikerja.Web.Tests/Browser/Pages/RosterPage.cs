using Microsoft.Playwright;

namespace Sikerja.Web.Tests.Browser.Pages;

/// <summary>The roster pages: plan a period, read the grid one unit at a time, edit a cell, publish.</summary>
public sealed class RosterPage(IPage page)
{
    /// <summary>Plans the period for the whole tenant and lands on the new roster's grid.</summary>
    public async Task GenerateAsync(DateOnly from, DateOnly to)
    {
        await page.GotoAsync("/Rosters");
        await page.GetByLabel("Dari tanggal").FillAsync(from.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Sampai tanggal").FillAsync(to.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat jadwal" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Rosters/Plan/", StringComparison.Ordinal));
    }

    public async Task ShowUnitAsync(Guid unitId)
    {
        await page.GetByLabel("Unit").SelectOptionAsync(unitId.ToString());
        var shown = page.WaitForURLAsync(url => url.Contains($"unit={unitId}", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await shown;
    }

    public Task<IReadOnlyList<string>> DaysAsync() => page.Locator("table.grid thead th").AllInnerTextsAsync();

    public ILocator Cell(string employeeName, int day) =>
        page.Locator("table.grid tbody tr", new() { Has = page.Locator("th", new() { HasText = employeeName }) }).Locator("td").Nth(day);

    /// <summary>The cell's text and its reason (the title a pointer or a long press shows).</summary>
    public async Task<(string Text, string? Reason)> ReadAsync(string employeeName, int day)
    {
        var cell = Cell(employeeName, day);
        return ((await cell.InnerTextAsync()).Trim(), await cell.GetAttributeAsync("title"));
    }

    /// <summary>The shortfalls and cap violations listed in words above the grid.</summary>
    public Task<IReadOnlyList<string>> ProblemsAsync() => page.Locator("ul.problems li").AllInnerTextsAsync();

    /// <summary>Opens a cell, chooses where the employee works and saves; stays on the form when refused.</summary>
    public async Task EditAsync(string employeeName, int day, string choice)
    {
        await Cell(employeeName, day).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Rosters/Cell/", StringComparison.Ordinal));
        await page.GetByLabel(choice).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public Task<IReadOnlyList<string>> RefusalsAsync() => page.Locator("div.errors li").AllInnerTextsAsync();

    public Task<bool> OffersOverrideAsync() => page.GetByLabel("Tetap simpan walaupun melanggar aturan di atas").IsVisibleAsync();

    public async Task BackToGridAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Batal" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Rosters/Plan/", StringComparison.Ordinal));
    }

    public async Task PublishAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan jadwal" }).ClickAsync();
        await page.Locator(".notice").WaitForAsync();
    }

    public Task<string> StatusAsync() => page.Locator("h1 .tag").InnerTextAsync();
}
