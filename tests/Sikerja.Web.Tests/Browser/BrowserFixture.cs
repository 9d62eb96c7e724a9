using Microsoft.Playwright;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright against a web node on a real port; the node's clock is the
/// system's until a test moves it (<see cref="Clock"/>).
/// </summary>
public sealed class BrowserFixture : WebFixture<SqliteFixture>
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public MovableClock Clock { get; } = new();

    protected override TimeProvider NodeClock => Clock;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: ./test.sh installs it");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public override async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A fresh browser context (own cookies) the size of a cheap phone, Indonesian first.</summary>
    public async Task<IPage> NewPhonePageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Node.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = "id-ID",
        });
        return await context.NewPageAsync();
    }
}
