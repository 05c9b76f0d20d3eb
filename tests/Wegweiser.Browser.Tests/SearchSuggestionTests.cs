using Microsoft.Playwright;

namespace Wegweiser.Browser.Tests;

/// <summary>Suggestions as you type: the small script fills the search box's native suggestion list.</summary>
[Collection(PublicPagesSite.Name)]
public class SearchSuggestionTests(BrowserSiteFixture site)
{
    [Theory]
    [InlineData("de", "integrationsk")]
    [InlineData("ar", "استشار")]
    public async Task Typing_in_the_header_search_box_offers_matching_titles(string culture, string typed)
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync($"{site.BaseUrl}/{culture}/");
        var box = page.Locator("#site-search-q");

        await box.PressSequentiallyAsync(typed, new() { Delay = 30 });
        // Suggestions for an earlier, shorter beginning may show for a moment: wait for the final ones.
        await page.WaitForFunctionAsync(
            "typed => { const os = [...document.querySelectorAll('#site-search-q-suggestions option')]; return os.length > 0 && os.every(o => o.value.toLowerCase().includes(typed.toLowerCase())); }",
            typed);
        var options = await page.Locator("#site-search-q-suggestions option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");

        Assert.Equal("site-search-q-suggestions", await box.GetAttributeAsync("list"));
        Assert.All(options, o => Assert.Contains(typed, o, StringComparison.OrdinalIgnoreCase));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_search_box_still_searches()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}/de/");

        await page.Locator("#site-search-q").FillAsync("Beratung");
        await page.RunAndWaitForNavigationAsync(
            () => page.Locator("#site-search-q").PressAsync("Enter"),
            new() { UrlRegex = new System.Text.RegularExpressions.Regex("/de/suche\\?q=Beratung"), WaitUntil = WaitUntilState.DOMContentLoaded });

        Assert.Null(await page.Locator("#site-search-q").GetAttributeAsync("list"));
        Assert.True(await page.Locator(".search-results li").CountAsync() > 0);
        await context.CloseAsync();
    }
}
