using System.Text.RegularExpressions;
using static Wegweiser.Web.Tests.Features.Paging.PublicListPagingTests;

namespace Wegweiser.Web.Tests.Features.Paging;

/// <summary>The search page pages with the same pager: ten hits a page, numbered links with gaps, filters kept.</summary>
public partial class SearchPagingTests(PagingSite site) : IClassFixture<PagingSite>
{
    private const string Url = "/de/suche?q=" + PagingContent.SearchWord;

    [Fact]
    public async Task Many_results_page_with_numbered_links_the_first_the_last_and_gaps()
    {
        var first = await GetOkAsync(site.Visitor, Url);
        var pages = (Total(first) + 9) / 10;

        var second = await GetOkAsync(site.Visitor, Url + "&seite=2");

        Assert.True(pages > 8, $"{pages} pages");
        Assert.Equal(10, Hits(first).Count);
        Assert.Empty(Hits(first).Intersect(Hits(second)));
        Assert.Contains($"<a href=\"{Url}&amp;seite=2\" rel=\"next\">Nächste Seite</a>", first);
        Assert.Contains($"<a href=\"{Url}&amp;seite={pages}\"><span class=\"visually-hidden\">Seite {pages}</span>", first);
        Assert.Contains("<li class=\"pager__gap\" aria-hidden=\"true\">…</li>", first);
        Assert.Contains($"Seite 1 von {pages}", first);
        Assert.Contains($"<a href=\"{Url}\" rel=\"prev\">Vorherige Seite</a>", second);
        Assert.Contains("<ol class=\"cards search-results\" start=\"11\">", second);
    }

    [Fact]
    public async Task Page_links_keep_the_filters()
    {
        var html = await GetOkAsync(site.Visitor, Url + "&typ=vereine&ort=arnstadt");

        Assert.Contains($"<a href=\"{Url}&amp;typ=vereine&amp;ort=arnstadt&amp;seite=2\" rel=\"next\">", html);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("99999999999")]
    public async Task A_malformed_page_number_shows_the_first_page(string typed)
    {
        var first = await GetOkAsync(site.Visitor, Url);

        var html = await GetOkAsync(site.Visitor, $"{Url}&seite={typed}");

        Assert.Equal(Hits(first), Hits(html));
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Seite 1</span>", html);
    }

    [Fact]
    public async Task A_page_beyond_the_last_shows_the_last()
    {
        var first = await GetOkAsync(site.Visitor, Url);
        var pages = (Total(first) + 9) / 10;

        var html = await GetOkAsync(site.Visitor, Url + "&seite=999999");

        Assert.NotEmpty(Hits(html));
        Assert.Contains($"aria-current=\"page\"><span class=\"visually-hidden\">Seite {pages}</span>", html);
        Assert.Contains($"Seite {pages} von {pages}", html);
        Assert.DoesNotContain("rel=\"next\"", html);
    }

    private static int Total(string html) =>
        int.Parse(Regex.Match(html, "<p role=\"status\">(\\d+) Treffer").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Hits(string html) => Regex.Matches(html, "class=\"card__title\"><a href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
}
