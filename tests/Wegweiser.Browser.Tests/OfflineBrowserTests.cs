using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// The service worker keeps what a visitor has seen: offline, a seen page comes from the device with
/// its note, an unseen one shows the offline page, and staff, account and form pages are never kept.
/// </summary>
public class OfflineBrowserTests(OfflineSiteFixture fixture) : IClassFixture<OfflineSiteFixture>
{
    private readonly BrowserSiteFixture _site = fixture.Site;

    [Theory]
    [InlineData("de", "Offline – gespeichert am")]
    [InlineData("ar", "غير متصل – تم الحفظ في")]
    public async Task A_seen_page_loads_offline_with_the_offline_note(string culture, string note)
    {
        // Arrange
        var page = await ControlledPageAsync($"/{culture}/");
        await page.GotoAsync($"{_site.BaseUrl}/{culture}/kurse");
        var heading = await page.Locator("h1").InnerTextAsync();
        Assert.True(await page.Locator("[data-offline-note]").IsHiddenAsync());

        // Act
        await GoOfflineAsync(page);
        var response = await page.GotoAsync($"{_site.BaseUrl}/{culture}/kurse");

        // Assert
        Assert.NotNull(response);
        Assert.True(response.FromServiceWorker);
        Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());
        var shown = page.Locator("p.offline-note[role=status]");
        Assert.True(await shown.IsVisibleAsync());
        Assert.StartsWith(note, (await shown.InnerTextAsync()).Trim());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("[data-offline-date]").GetAttributeAsync("datetime")));
        await AssertNoAxeViolationsAsync(page);

        // The very first page, loaded before the worker existed, was kept when it took over.
        await page.GotoAsync($"{_site.BaseUrl}/{culture}/");
        Assert.True(await shown.IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("de", "Sie sind offline")]
    [InlineData("ar", "أنت غير متصل بالإنترنت")]
    public async Task An_unseen_page_offline_shows_the_offline_page(string culture, string title)
    {
        var page = await ControlledPageAsync($"/{culture}/");

        await GoOfflineAsync(page);
        await page.GotoAsync($"{_site.BaseUrl}/{culture}/vereine");

        Assert.Equal(title, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(culture, await page.Locator("html").GetAttributeAsync("lang"));
        await AssertNoAxeViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_account_and_form_pages_are_never_kept()
    {
        // Arrange
        var page = await ControlledPageAsync("/de/angebote");
        var detail = await page.Locator("main a[href^='/de/angebote/']").First.GetAttributeAsync("href");

        // Act
        await page.GotoAsync(_site.BaseUrl + "/admin");
        await page.GotoAsync(_site.BaseUrl + "/konto/anmelden");
        await page.GotoAsync(_site.BaseUrl + detail + "/fehler-melden");
        await page.GotoAsync(_site.BaseUrl + detail);
        var kept = await page.EvaluateAsync<string[]>(
            "async () => { const urls = []; for (const name of await caches.keys()) { const cache = await caches.open(name); for (const r of await cache.keys()) urls.push(new URL(r.url).pathname); } return urls; }");

        // Assert
        Assert.Contains(detail, kept);
        Assert.Contains("/de/offline", kept);
        Assert.DoesNotContain(kept, u => u.StartsWith("/admin", StringComparison.Ordinal) || u.StartsWith("/konto", StringComparison.Ordinal) || u.EndsWith("/fehler-melden", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task The_offline_page_has_no_axe_violations(string culture)
    {
        var page = await _site.NewPageAsync(375);

        await page.GotoAsync($"{_site.BaseUrl}/{culture}/offline");

        await AssertNoAxeViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>A fresh browser that has visited <paramref name="path"/> and whose page the service worker now controls.</summary>
    private async Task<IPage> ControlledPageAsync(string path)
    {
        var page = await _site.NewPageAsync(375);
        await page.GotoAsync(_site.BaseUrl + path);
        // Polled from here: WaitForFunctionAsync evaluates a string, which the site's CSP forbids.
        for (var i = 0; i < 100 && !await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"); i++)
        {
            await Task.Delay(200);
        }

        Assert.True(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"), "The service worker did not take over the page.");
        return page;
    }

    private static async Task GoOfflineAsync(IPage page)
    {
        await page.Context.SetOfflineAsync(true);
        // With the variable set, the service worker's own requests pass these routes: cut them all off.
        await page.Context.RouteAsync("**", route => route.AbortAsync("internetdisconnected"));
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"{page.Url}:\n{violations}");
    }
}
