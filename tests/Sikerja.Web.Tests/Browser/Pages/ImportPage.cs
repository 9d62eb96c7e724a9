using Microsoft.Playwright;

namespace Sikerja.Web.Tests.Browser.Pages;

public sealed class ImportPage(IPage page)
{
    /// <summary>Uploads a file for preview and lands on the batch page.</summary>
    public async Task PreviewAsync(string file)
    {
        await page.GotoAsync("/Imports");
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Imports/Batch/", StringComparison.Ordinal));
    }

    /// <summary>The problems table: sheet, row, column and message of each problem.</summary>
    public async Task<IReadOnlyList<(string Sheet, string Row, string Column, string Message)>> ProblemsAsync()
    {
        var rows = new List<(string, string, string, string)>();
        foreach (var row in await page.Locator("section:has(h2.errors) table.list tbody tr").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            rows.Add((cells[0], cells[1], cells[2], cells[3]));
        }
        return rows;
    }

    public Task<bool> IsCleanAsync() => page.GetByRole(AriaRole.Heading, new() { Name = "Tidak ada masalah" }).IsVisibleAsync();

    public async Task CommitAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor sekarang" }).ClickAsync();
        await page.Locator(".notice").First.WaitForAsync();
    }
}
