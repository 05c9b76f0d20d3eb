using System.Text.Json;
using Microsoft.Playwright;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// Lighthouse's installability check, asked of Chromium itself over the DevTools protocol
/// (<c>Page.getInstallabilityErrors</c>, which Lighthouse reads too): the home page in German and
/// Arabic has a manifest, icons and a service worker that make the directory installable as an app.
/// </summary>
[Collection(PublicPagesSite.Name)]
public class InstallabilityTests(BrowserSiteFixture site)
{
    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task The_home_page_meets_the_install_criteria(string culture)
    {
        // Arrange: a browser with a profile (Playwright's own contexts count as incognito, where
        // Chromium offers no install), a visit, then the service worker in control of the page.
        using var playwright = await Playwright.CreateAsync();
        var profile = System.IO.Directory.CreateTempSubdirectory("wegweiser-install-");
        await using var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = BrowserSiteFixture.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            ViewportSize = new ViewportSize { Width = 375, Height = 900 },
            Locale = "de-DE",
        });
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}/{culture}/");
        for (var i = 0; i < 100 && !await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"); i++)
        {
            await Task.Delay(200);
        }

        var cdp = await context.NewCDPSessionAsync(page);

        // Act
        var installability = await cdp.SendAsync("Page.getInstallabilityErrors");
        var manifest = await cdp.SendAsync("Page.getAppManifest");

        // Assert
        var errors = installability!.Value.GetProperty("installabilityErrors").EnumerateArray()
            .Select(e => e.GetProperty("errorId").GetString() + " " + string.Join(", ", e.GetProperty("errorArguments").EnumerateArray()
                .Select(a => $"{a.GetProperty("name").GetString()}={a.GetProperty("value").GetString()}")))
            .ToList();
        Assert.True(errors.Count == 0, $"{culture}: {string.Join("; ", errors)}");
        Assert.EndsWith($"/{culture}/manifest.webmanifest", manifest!.Value.GetProperty("url").GetString());
        Assert.Empty(manifest.Value.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        using var json = JsonDocument.Parse(manifest.Value.GetProperty("data").GetString()!);
        Assert.Equal($"/{culture}/", json.RootElement.GetProperty("start_url").GetString());
        Assert.Equal(culture == "ar" ? "rtl" : "ltr", json.RootElement.GetProperty("dir").GetString());
        await context.CloseAsync();
        profile.Delete(recursive: true);
    }
}
