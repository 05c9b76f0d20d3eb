using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static Wegweiser.Web.Tests.Features.Feeds.FeedsSiteFixture;

namespace Wegweiser.Web.Tests.Features.Feeds;

/// <summary>Home, list and detail pages name their one absolute address; home and lists point to the feed.</summary>
[Collection(FeedsCollection.Name)]
public class CanonicalLinkTests(FeedsSiteFixture site)
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Theory]
    [InlineData("/de/", "http://localhost/de/")]
    [InlineData("/de/kurse", "http://localhost/de/kurse")]
    [InlineData("/de/angebote?thema=wohnen", "http://localhost/de/angebote")]
    [InlineData("/de/glossar", "http://localhost/de/glossar")]
    public async Task Home_and_list_pages_have_an_absolute_canonical_link_without_query_and_a_feed_link(string url, string canonical)
    {
        var html = await GetOkAsync(_client, url);

        Assert.Equal(canonical, Canonical(html));
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Integrationswegweiser Ilm-Kreis: neue und geänderte Einträge\" href=\"/de/neu.atom\">", html);
    }

    [Fact]
    public async Task A_detail_page_has_its_own_absolute_canonical_link_in_the_head()
    {
        var slug = await site.Factory.GermanSlugAsync("demo-chor-ilmenau");

        var html = await GetOkAsync(_client, $"/de/vereine/{slug}");

        Assert.Equal($"http://localhost/de/vereine/{slug}", Canonical(html));
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains("rel=\"canonical\"", head);
        Assert.Contains("application/ld+json", head);
    }

    [Fact]
    public async Task The_configured_public_address_is_used_for_canonical_links_sitemap_feed_and_robots()
    {
        using var configured = site.Factory.WithWebHostBuilder(b => b.UseSetting("Wegweiser:PublicBaseUrl", "https://wegweiser.example.org/"));
        var client = configured.CreateClient();
        var slug = await site.Factory.GermanSlugAsync("demo-chor-ilmenau");

        var home = await GetOkAsync(client, "/de/");
        var detail = await GetOkAsync(client, $"/de/vereine/{slug}");
        var sitemap = XDocument.Parse(await GetOkAsync(client, "/sitemap.xml"));
        var feed = XDocument.Parse(await GetOkAsync(client, "/de/neu.atom"));
        var robots = await GetOkAsync(client, "/robots.txt");

        Assert.Equal("https://wegweiser.example.org/de/", Canonical(home));
        Assert.Equal($"https://wegweiser.example.org/de/vereine/{slug}", Canonical(detail));
        Assert.Equal("https://wegweiser.example.org/de/vereine/" + slug, JsonLd(detail).Json.GetProperty("mainEntityOfPage").GetString());
        Assert.All(sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")),
            loc => Assert.StartsWith("https://wegweiser.example.org/", loc.Value));
        Assert.All(feed.Descendants().Where(e => e.Name.LocalName == "link"),
            link => Assert.StartsWith("https://wegweiser.example.org/de/", (string?)link.Attribute("href")));
        Assert.Contains("Sitemap: https://wegweiser.example.org/sitemap.xml", robots);
    }
}
