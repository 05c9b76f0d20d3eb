using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// A visitor who reads Ukrainian or Farsi asks the search a question in their language, opens the
/// service it finds and reads it in their language: no German fallback, an honest notice that the
/// text was translated automatically, and both notices pass axe in every culture.
/// </summary>
[Collection(PrintAndStaffPagesSite.Name)]
public class TranslatedContentTests(BrowserSiteFixture site)
{
    private const string RecognitionService = "demo-sprechstunde-anerkennung-ilmenau";

    [Theory]
    [InlineData("uk", "як визнати мій диплом", "ltr")]
    [InlineData("fa", "مدرکم را چطور ارزشیابی کنم", "rtl")]
    public async Task A_question_in_the_visitors_language_finds_the_service_and_it_reads_in_that_language(string culture, string question, string direction)
    {
        // Arrange
        var expectedTitle = await TitleAsync(RecognitionService, culture);
        var germanTitle = await TitleAsync(RecognitionService, "de");
        var page = await site.NewPageAsync(375);
        await page.GotoAsync($"{site.BaseUrl}/{culture}/");

        // Act: ask in the header search box, then open the result that carries the service's title.
        await page.Locator("#site-search-q").FillAsync(question);
        await page.RunAndWaitForNavigationAsync(
            () => page.Locator("#site-search-q").PressAsync("Enter"),
            new() { UrlRegex = new System.Text.RegularExpressions.Regex($"/{culture}/suche\\?q="), WaitUntil = WaitUntilState.DOMContentLoaded });
        var results = await page.Locator(".search-results li h2, .search-results li h3").AllInnerTextsAsync();
        var link = page.Locator(".search-results li a", new() { HasText = expectedTitle }).First;
        var found = await link.CountAsync() == 1;
        if (found)
        {
            await page.RunAndWaitForNavigationAsync(() => link.ClickAsync(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }

        // Assert
        Assert.True(found, $"'{question}' did not list '{expectedTitle}'. Results: {string.Join(" | ", results)}");
        Assert.Equal(expectedTitle, (await page.Locator("main h1").InnerTextAsync()).Trim());
        Assert.NotEqual(germanTitle, expectedTitle);
        Assert.Equal(culture, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(direction, await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal(0, await page.Locator(".notice--fallback").CountAsync());
        var notice = page.Locator(".notice--machine");
        Assert.Equal(1, await notice.CountAsync());
        Assert.True(await notice.IsVisibleAsync());
        Assert.Equal("de", await notice.Locator("a").GetAttributeAsync("hreflang"));
        Assert.Contains("/de/", await notice.Locator("a").GetAttributeAsync("href"));
        await page.Context.CloseAsync();
    }

    public static TheoryData<string> Cultures() => ["en", "ar", "fa", "uk", "ru", "tr"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task The_machine_translation_and_fallback_notices_pass_axe(string culture)
    {
        // Arrange: a service translated by machine in every culture, and one whose text (apart from
        // English) exists only in German.
        var translated = await DetailUrlAsync(RecognitionService, culture);
        var fallback = await DetailUrlAsync("demo-gesundheitslotsen-ilmenau", culture);

        foreach (var (url, notice) in new[] { (translated, ".notice--machine"), (fallback, culture == "en" ? ".notice--machine" : ".notice--fallback") })
        {
            var page = await site.NewPageAsync(375);

            // Act
            var response = await page.GotoAsync(site.BaseUrl + url);
            var result = await page.RunAxe();

            // Assert
            Assert.Equal(200, response!.Status);
            Assert.Equal(1, await page.Locator(notice).CountAsync());
            var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
            Assert.True(result.Violations.Length == 0, $"{page.Url}:\n{violations}");
            await page.Context.CloseAsync();
        }
    }

    private Task<string> TitleAsync(string key, string culture) => site.Factory.QueryAsync(async db =>
    {
        var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);
        return item.Published!.Translation(culture)!.Title;
    });

    private Task<string> DetailUrlAsync(string key, string culture) => site.Factory.QueryAsync(async db =>
    {
        var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);
        var slug = (item.Published!.Translation(culture) ?? item.Published!.Translation("de"))!.Slug;
        return DirectorySection.For(item.Type).DetailUrl(culture, slug);
    });
}
