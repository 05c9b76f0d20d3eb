using Microsoft.Playwright;
using Wegweiser.Web.Tests;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// The demo site on a real Kestrel port and Debian's Chromium driven by Playwright. Chromium is
/// installed by tests/run.sh; no browser is downloaded. A few entries lose their translations
/// (<see cref="PartlyTranslatedSiteFixture.Kept"/>) so pages with German fallback text are tested too.
/// </summary>
public sealed class BrowserSiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public WegweiserFactory Factory { get; } = new("demo");

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await PartlyTranslatedSiteFixture.DeleteTranslationsAsync(Factory);
        // Administrators must sign in with a second step; the admin pages are tested behind it.
        await TestAccounts.EnableTwoFactorAsync(Factory, "admin");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "de-DE" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
