using Microsoft.Playwright;

namespace Wegweiser.Browser.Tests;

/// <summary>Arabic and Farsi pages are laid out right to left; German fallback text stays left to right.</summary>
[Collection(PublicPagesSite.Name)]
public class RightToLeftTests(BrowserSiteFixture site)
{
    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public async Task The_layout_is_mirrored_and_screenshots_are_kept(string culture)
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync($"{site.BaseUrl}/{culture}/angebote/anonymer-krankenschein");

        var logo = await page.Locator(".site-logo").BoundingBoxAsync();
        var direction = await page.EvaluateAsync<string>("getComputedStyle(document.body).direction");
        var fallbackDirection = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.detail__body')).direction");
        var artefacts = Path.Combine(AppContext.BaseDirectory, "screenshots");
        System.IO.Directory.CreateDirectory(artefacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artefacts, $"rtl-{culture}-detail.png"), FullPage = true });
        await page.GotoAsync($"{site.BaseUrl}/{culture}/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(artefacts, $"rtl-{culture}-home.png"), FullPage = true });

        Assert.Equal("rtl", direction);
        Assert.NotNull(logo);
        Assert.True(logo.X > 640, $"the logo should sit on the right, at x={logo.X}");
        Assert.Equal(culture == "fa" ? "ltr" : "rtl", fallbackDirection); // Farsi shows the German text, Arabic its own
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switcher_keeps_the_item()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync($"{site.BaseUrl}/de/angebote/anonymer-krankenschein");
        var germanTitle = await page.Locator("h1").TextContentAsync();

        await page.RunAndWaitForNavigationAsync(
            () => page.Locator(".language-switcher a[hreflang=ar]").ClickAsync(),
            new() { UrlRegex = new System.Text.RegularExpressions.Regex("/ar/angebote/"), WaitUntil = WaitUntilState.DOMContentLoaded });
        var arabicTitle = await page.Locator("h1").TextContentAsync();
        await page.RunAndWaitForNavigationAsync(
            () => page.Locator(".language-switcher a[hreflang=uk]").ClickAsync(),
            new() { UrlRegex = new System.Text.RegularExpressions.Regex("/uk/angebote/"), WaitUntil = WaitUntilState.DOMContentLoaded });
        var ukrainianTitle = await page.Locator("h1").TextContentAsync();

        Assert.NotEqual(germanTitle, arabicTitle);
        Assert.Matches(@"\p{IsArabic}", arabicTitle!);
        Assert.Equal(germanTitle, ukrainianTitle); // no Ukrainian text yet: the German one, marked as such
        Assert.Equal("de", await page.Locator("h1").GetAttributeAsync("lang"));
        await page.Context.CloseAsync();
    }
}
