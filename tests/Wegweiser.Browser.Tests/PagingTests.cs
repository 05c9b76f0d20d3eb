using Deque.AxeCore.Playwright;
using Wegweiser.Web.Tests.Features.Paging;

namespace Wegweiser.Browser.Tests;

/// <summary>The pager in a real browser: no axe violations in German and Arabic, and mirrored right to left.</summary>
public class PagingTests(PagingTests.Site site) : IClassFixture<PagingTests.Site>
{
    /// <summary>The browser site with enough entries to page every list.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public BrowserSiteFixture Browser { get; } = new();

        public async Task InitializeAsync()
        {
            await Browser.InitializeAsync();
            await PagingContent.AddAsync(Browser.Factory, PagingSite.PerType);
        }

        public Task DisposeAsync() => Browser.DisposeAsync();
    }

    [Theory]
    [InlineData("de", "angebote?seite=2", 375)]
    [InlineData("de", "kurse?ort=arnstadt", 1280)]
    [InlineData("de", "themen/wohnen?typ=vereine", 1280)]
    [InlineData("de", "suche?q=Zebrafinken&seite=5", 375)]
    [InlineData("ar", "angebote?seite=2", 375)]
    [InlineData("ar", "kurse?ort=arnstadt", 1280)]
    [InlineData("ar", "alltag/wohnung?typ=ehrenamt&seite=2", 1280)]
    [InlineData("ar", "suche?q=Zebrafinken&seite=5", 375)]
    public async Task A_paged_list_has_no_axe_violations(string culture, string path, int width)
    {
        var page = await site.Browser.NewPageAsync(width);

        var response = await page.GotoAsync($"{site.Browser.BaseUrl}/{culture}/{path}");
        var pagers = await page.Locator("nav.pager").CountAsync();
        var result = await page.RunAxe();

        Assert.Equal(200, response!.Status);
        Assert.Equal(1, pagers);
        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"{page.Url} at {width}px:\n{violations}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("de", false)]
    [InlineData("ar", true)]
    [InlineData("fa", true)]
    public async Task The_pager_reads_in_the_direction_of_the_language(string culture, bool rightToLeft)
    {
        var page = await site.Browser.NewPageAsync(1280);
        await page.GotoAsync($"{site.Browser.BaseUrl}/{culture}/angebote?seite=2");

        var previous = await page.Locator(".pager a[rel=prev]").BoundingBoxAsync();
        var current = await page.Locator(".pager [aria-current=page]").BoundingBoxAsync();

        Assert.NotNull(previous);
        Assert.NotNull(current);
        Assert.Equal(rightToLeft, previous.X > current.X);
        Assert.True(current.Height >= 44, $"the current page is {current.Height}px high"); // a touch target like the other links
        await page.Context.CloseAsync();
    }
}
