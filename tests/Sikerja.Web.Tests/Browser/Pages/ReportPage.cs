using Microsoft.Playwright;

namespace Sikerja.Web.Tests.Browser.Pages;

/// <summary>"Laporan kinerja harian" and "Tinjau laporan" on the phone: the activity form, the day's status, the review list.</summary>
public sealed class ReportPage(IPage page)
{
    public ILocator Status => page.Locator("#report-status");

    public ILocator Notice => page.Locator("p.notice");

    public async Task OpenAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Laporan harian" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Reports", StringComparison.Ordinal));
    }

    public async Task FillActivityAsync(string start, string end, string description, string quantity, string unit)
    {
        await page.GetByLabel("Mulai", new() { Exact = true }).FillAsync(start);
        await page.GetByLabel("Selesai", new() { Exact = true }).FillAsync(end);
        await page.GetByLabel("Kegiatan yang dikerjakan").FillAsync(description);
        await page.GetByLabel("Jumlah keluaran").FillAsync(quantity);
        await page.GetByLabel("Satuan", new() { Exact = true }).FillAsync(unit);
    }

    public Task ClickAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public async Task OpenReviewAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Tinjau laporan" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Reports/Review", StringComparison.Ordinal));
    }

    /// <summary>The review list's entry of one employee.</summary>
    public ILocator ReviewItem(string employee) => page.Locator("article.review-item").Filter(new() { HasText = employee });
}
