using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Review;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Tests.Features.Paging;

/// <summary>Every public list pages with <c>?seite=N</c>: 20 cards a page, in the order of the whole list, filters kept.</summary>
public partial class PublicListPagingTests(PagingSite site) : IClassFixture<PagingSite>
{
    public static TheoryData<string> Segments() => new(DirectorySection.All.Where(s => s.Type != ContentType.Page).Select(s => s.Segment));

    [Theory]
    [MemberData(nameof(Segments))]
    public async Task A_list_shows_20_cards_a_page_and_every_entry_once_across_its_pages(string segment)
    {
        // Arrange
        var section = DirectorySection.BySegment(segment)!;
        var expected = await PublishedCountAsync(section.Type);

        // Act
        var first = await GetOkAsync($"/de/{segment}");
        var pages = (expected + 19) / 20;
        var all = new List<string>();
        for (var n = 1; n <= pages; n++)
        {
            all.AddRange(CardLinks(n == 1 ? first : await GetOkAsync($"/de/{segment}?seite={n}")));
        }

        // Assert
        Assert.True(expected > 20, $"{segment}: {expected} entries are too few to page");
        Assert.Equal(expected, Total(first)); // the count line is the whole list's
        Assert.Equal(20, CardLinks(first).Count);
        Assert.Equal(expected, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Contains($"<a href=\"/de/{segment}?seite=2\" rel=\"next\">Nächste Seite</a>", first);
        Assert.Contains("<span class=\"pager__current\" aria-current=\"page\"><span class=\"visually-hidden\">Seite 1</span>", first);
        Assert.Contains($"<a href=\"/de/{segment}?seite=2\"><span class=\"visually-hidden\">Seite 2</span>", first);
        Assert.Contains("<nav class=\"pager\" aria-label=\"Seiten\">", first);
        Assert.Contains($"Seite 1 von {pages}", first);
        Assert.DoesNotContain("rel=\"prev\"", first);
    }

    [Fact]
    public async Task Page_two_has_the_rest_and_links_back()
    {
        var expected = await PublishedCountAsync(ContentType.Club);

        var second = await GetOkAsync("/de/vereine?seite=2");

        Assert.Equal(expected - 20, CardLinks(second).Count);
        Assert.Equal(expected, Total(second));
        Assert.Contains("<a href=\"/de/vereine\" rel=\"prev\">Vorherige Seite</a>", second);
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Seite 2</span>", second);
        Assert.DoesNotContain("rel=\"next\"", second);
        Assert.Contains("Seite 2 von 2", second);
    }

    [Fact]
    public async Task Page_links_keep_the_filters_and_the_filter_form_starts_again_at_page_one()
    {
        var first = await GetOkAsync("/de/angebote?ort=arnstadt&kostenlos=ja");
        var second = await GetOkAsync("/de/angebote?ort=arnstadt&kostenlos=ja&seite=2");

        Assert.Equal(20, CardLinks(first).Count);
        Assert.Contains("href=\"/de/angebote?ort=arnstadt&amp;kostenlos=ja&amp;seite=2\" rel=\"next\"", first);
        Assert.Contains("href=\"/de/angebote?ort=arnstadt&amp;kostenlos=ja\" rel=\"prev\"", second);
        Assert.Contains("<form method=\"get\" action=\"/de/angebote\" class=\"filter-form\">", second);
        Assert.DoesNotContain("name=\"seite\"", second);
        Assert.Equal(Total(first), Total(second));
        Assert.Empty(CardLinks(first).Intersect(CardLinks(second)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("1.5")]
    [InlineData("")]
    public async Task A_malformed_page_number_shows_the_first_page(string typed)
    {
        var first = await GetOkAsync("/de/kurse");

        var html = await GetOkAsync($"/de/kurse?seite={typed}");

        Assert.Equal(CardLinks(first), CardLinks(html));
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Seite 1</span>", html);
    }

    [Fact]
    public async Task A_page_beyond_the_last_shows_the_last()
    {
        var last = await GetOkAsync("/de/ehrenamt?seite=2");

        var html = await GetOkAsync("/de/ehrenamt?seite=999999");

        Assert.Equal(CardLinks(last), CardLinks(html));
        Assert.Contains("Seite 2 von 2", html);
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Seite 2</span>", html);
    }

    [Fact]
    public async Task A_short_list_has_no_pager()
    {
        var html = await GetOkAsync("/de/kurse?niveau=C2");

        Assert.DoesNotContain("class=\"pager\"", html);
    }

    [Fact]
    public async Task The_pager_speaks_the_visitors_language()
    {
        var arabic = await GetOkAsync("/ar/angebote");
        var english = await GetOkAsync("/en/angebote?seite=2");

        Assert.Contains("<nav class=\"pager\" aria-label=\"الصفحات\">", arabic);
        Assert.Contains(">الصفحة التالية</a>", arabic);
        Assert.Contains("<nav class=\"pager\" aria-label=\"Pages\">", english);
        Assert.Contains(">Previous page</a>", english);
        Assert.Contains("Page 2 of ", english);
    }

    private async Task<string> GetOkAsync(string url) => await GetOkAsync(site.Visitor, url);

    internal static async Task<string> GetOkAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The published, current entries of a type, as the list should count them.</summary>
    private Task<int> PublishedCountAsync(ContentType type) => site.Factory.QueryAsync(async db =>
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));
        var items = await db.ContentItems.Where(i => i.Type == type).Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery().ToListAsync();
        return items.Count(i => i.Published is { } p && !ReviewPolicy.HasEnded(p.EndsOn, today));
    });

    internal static List<string> CardLinks(string html) => CardLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    internal static int Total(string html)
    {
        var match = CountLine().Match(html);
        Assert.True(match.Success, "no count line");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("class=\"card__title\"><a href=\"([^\"]+)\"")]
    private static partial Regex CardLink();

    [GeneratedRegex("<p class=\"count\" role=\"status\">(\\d+) Einträge</p>")]
    private static partial Regex CountLine();
}
