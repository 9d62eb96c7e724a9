namespace Sikerja.Web.Tests.Browser;

/// <summary>The browsable API reference renders from the host's own OpenAPI document, with no outside network.</summary>
public sealed class ApiReferenceBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_reference_lists_the_operations_of_the_openapi_document()
    {
        var page = await web.NewPhonePageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(web.Node.BaseAddress.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };
        var document = page.WaitForResponseAsync(r => r.Url.EndsWith("/openapi/v1.json", StringComparison.Ordinal) && r.Status == 200);
        await page.GotoAsync("/api/docs/");
        await document;
        await page.GetByText("Sikerja API").First.WaitForAsync();
        await page.GetByText("/api/v1/auth/token").First.WaitForAsync();
        Assert.Empty(outside);
    }
}
