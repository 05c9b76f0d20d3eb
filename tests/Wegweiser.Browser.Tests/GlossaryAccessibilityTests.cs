using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Browser.Tests;

/// <summary>
/// A detail page whose text links glossary terms (the MBE service: "MBE", "e.V.") passes axe in
/// German and Arabic, and a term's link leads to its note without JavaScript.
/// </summary>
[Collection(PublicPagesSite.Name)]
public class GlossaryAccessibilityTests(BrowserSiteFixture site)
{
    private const string Key = "mbe-migrationsberatung-erwachsene";

    [Theory]
    [InlineData("de", 375)]
    [InlineData("de", 1280)]
    [InlineData("ar", 375)]
    [InlineData("ar", 1280)]
    public async Task A_page_with_linked_glossary_terms_has_no_axe_violations(string culture, int width)
    {
        var slug = await site.Factory.QueryAsync(async db =>
        {
            var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == Key);
            return item.Published!.Translation(culture)!.Slug;
        });
        var page = await site.NewPageAsync(width);

        var response = await page.GotoAsync($"{site.BaseUrl}/{culture}/angebote/{slug}");
        var terms = await page.Locator("a.glossary-term").CountAsync();
        var result = await page.RunAxe();

        Assert.Equal(200, response!.Status);
        Assert.True(terms >= 2, $"{terms} linked terms");
        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"{page.Url} at {width}px:\n{violations}");

        // The term's link leads to its note, which leads back.
        await page.Locator("a.glossary-term").First.ClickAsync();
        await page.WaitForFunctionAsync("location.hash === '#begriff-glossar-mbe'");
        Assert.True(await page.Locator("#begriff-glossar-mbe").IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
