using Microsoft.Playwright;

namespace Sikerja.Web.Tests.Browser.Pages;

/// <summary>"Izin bepergian": the request form and the employee's permits; "Persetujuan" for approvers.</summary>
public sealed class TravelPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Izin bepergian", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Travel", StringComparison.Ordinal));
    }

    /// <summary>Chooses the province (the page reloads with its regencies and cities), then fills and sends the request.</summary>
    public async Task RequestAsync(string province, string destination, DateOnly leaves, DateOnly returns, string reason, string contact)
    {
        await page.GetByLabel("Provinsi tujuan").SelectOptionAsync(new SelectOptionValue { Label = province });
        await page.WaitForURLAsync(url => url.Contains("province=", StringComparison.Ordinal));
        await page.GetByLabel("Kabupaten/kota tujuan").SelectOptionAsync(new SelectOptionValue { Label = destination });
        await page.GetByLabel("Berangkat", new() { Exact = true }).FillAsync(leaves.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Kembali", new() { Exact = true }).FillAsync(returns.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Alasan").FillAsync(reason);
        await page.GetByLabel("Kontak selama bepergian").FillAsync(contact);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Travel", StringComparison.Ordinal));
    }

    /// <summary>The permits of "Izin saya", one card each.</summary>
    public ILocator Mine => page.Locator("section:has(h2:text('Izin saya')) article");

    public async Task OpenApprovalsAsync()
    {
        await page.GotoAsync("/Travel/Approvals");
    }

    /// <summary>The permits waiting for the signed-in approver.</summary>
    public ILocator Waiting => page.Locator("article.card");

    public async Task ApproveFirstAsync()
    {
        await Waiting.First.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Travel/Approvals", StringComparison.Ordinal));
    }
}
