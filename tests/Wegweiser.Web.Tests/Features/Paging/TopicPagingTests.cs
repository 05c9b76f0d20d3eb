using System.Text.RegularExpressions;
using static Wegweiser.Web.Tests.Features.Paging.PublicListPagingTests;

namespace Wegweiser.Web.Tests.Features.Paging;

/// <summary>Topic and need pages: each type group shows its first 20 entries and links to the whole, paged group.</summary>
public partial class TopicPagingTests(PagingSite site) : IClassFixture<PagingSite>
{
    [Theory]
    [InlineData("themen", PagingContent.Topic)]
    [InlineData("alltag", PagingContent.Need)]
    public async Task Without_a_type_each_group_shows_20_entries_and_links_to_all_of_them(string group, string key)
    {
        var html = await GetOkAsync(site.Visitor, $"/de/{group}/{key}");

        var services = GroupCount(html, "angebote");
        Assert.True(services > 20);
        Assert.Equal(20, CardLinks(Group(html, "angebote")).Count);
        Assert.Equal(20, CardLinks(Group(html, "kurse")).Count);
        Assert.Contains($"<a href=\"/de/{group}/{key}?typ=angebote\">Alle {services} anzeigen: Beratung und Hilfe</a>", html);
        Assert.DoesNotContain("class=\"pager\"", html);
    }

    [Theory]
    [InlineData("themen", PagingContent.Topic)]
    [InlineData("alltag", PagingContent.Need)]
    public async Task One_type_pages_and_keeps_the_type_in_its_links(string group, string key)
    {
        var all = await GetOkAsync(site.Visitor, $"/de/{group}/{key}");
        var total = GroupCount(all, "vereine");

        var first = await GetOkAsync(site.Visitor, $"/de/{group}/{key}?typ=vereine");
        var second = await GetOkAsync(site.Visitor, $"/de/{group}/{key}?typ=vereine&seite=2");

        Assert.Equal(20, CardLinks(first).Count);
        Assert.Equal(total - 20, CardLinks(second).Count);
        Assert.Empty(CardLinks(first).Intersect(CardLinks(second)));
        Assert.Equal(CardLinks(Group(all, "vereine")), CardLinks(first)); // the group's first page is the type's first page
        Assert.Contains($"<a href=\"/de/{group}/{key}?typ=vereine&amp;seite=2\" rel=\"next\">Nächste Seite</a>", first);
        Assert.Contains($"<a href=\"/de/{group}/{key}?typ=vereine\" rel=\"prev\">Vorherige Seite</a>", second);
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Seite 2</span>", second);
        Assert.DoesNotContain("anzeigen: Vereine", first);
        Assert.Equal(total, GroupCount(second, "vereine"));
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("-1", 1)]
    [InlineData("abc", 1)]
    [InlineData("99999999999", 1)]
    [InlineData("999999", 2)]
    public async Task Page_numbers_out_of_bounds_show_the_first_or_last_page(string typed, int shown)
    {
        var html = await GetOkAsync(site.Visitor, $"/de/themen/{PagingContent.Topic}?typ=ehrenamt&seite={typed}");

        Assert.Contains($"aria-current=\"page\"><span class=\"visually-hidden\">Seite {shown}</span>", html);
    }

    private static int GroupCount(string html, string segment)
    {
        var match = Regex.Match(html, $"<h2 id=\"g-{segment}\">[^<]*<span class=\"count\">\\((\\d+)\\)</span>");
        Assert.True(match.Success, $"no group {segment}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Group(string html, string segment)
    {
        var start = html.IndexOf($"<section aria-labelledby=\"g-{segment}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no group {segment}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
