using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;
using static Wegweiser.Web.Tests.Features.Feeds.FeedsSiteFixture;

namespace Wegweiser.Web.Tests.Features.Feeds;

/// <summary>/sitemap.xml indexes one sitemap per culture, which list every public page with an absolute address, and nothing else.</summary>
[Collection(FeedsCollection.Name)]
public class SitemapTests(FeedsSiteFixture site)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient _client = site.Factory.CreateClient();

    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task The_sitemap_is_an_index_of_one_well_formed_urlset_per_culture()
    {
        var response = await _client.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.InRange(response.Headers.CacheControl.MaxAge!.Value.TotalSeconds, 1, 60);
        var index = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "sitemapindex", index.Root!.Name);
        var children = index.Root.Elements(Ns + "sitemap").Select(s => new Uri(s.Element(Ns + "loc")!.Value)).ToList();
        Assert.Contains(children, c => c.AbsolutePath == "/sitemap-de.xml");
        Assert.All(index.Root.Elements(Ns + "sitemap"), s => Assert.Single(s.Elements(Ns + "lastmod")));
        foreach (var child in children)
        {
            Assert.True(child.Scheme == "http" && child.Host == "localhost", child.ToString());
            var doc = XDocument.Parse(await GetOkAsync(_client, child.AbsolutePath));
            Assert.Equal(Ns + "urlset", doc.Root!.Name);
            var urls = doc.Root.Elements().ToList();
            Assert.NotEmpty(urls);
            Assert.True(urls.Count <= 50_000);
            Assert.All(urls, url =>
            {
                Assert.Equal(Ns + "url", url.Name);
                var loc = Assert.Single(url.Elements(Ns + "loc")).Value;
                Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.Host == "localhost", loc);
                Assert.Empty(uri!.Query);
                Assert.All(url.Elements(Ns + "lastmod"), lastmod =>
                    Assert.True(DateTimeOffset.TryParseExact(lastmod.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), lastmod.Value));
                Assert.All(url.Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "loc", "lastmod", "link" }));
                var alternates = url.Elements(Xhtml + "link").ToList();
                if (alternates.Count > 0)
                {
                    // A page names itself among its alternates, each language once.
                    Assert.Contains(alternates, l => l.Attribute("href")!.Value == loc);
                    Assert.Equal(alternates.Count, alternates.Select(l => l.Attribute("hreflang")!.Value).Distinct().Count());
                    Assert.All(alternates, l => Assert.Equal("alternate", l.Attribute("rel")!.Value));
                }
            });
        }
    }

    [Fact]
    public async Task Every_published_address_is_listed_exactly_once_across_the_child_sitemaps()
    {
        var paths = await AllSitemapPathsAsync();

        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.Contains("/de/", paths);
        Assert.Contains("/en/", paths);
    }

    [Theory]
    [InlineData("/sitemap-xx.xml")]
    [InlineData("/sitemap-de-1.xml")]
    [InlineData("/sitemap-de-2.xml")]
    [InlineData("/sitemap-de-abc.xml")]
    public async Task An_unknown_child_sitemap_is_not_found(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_culture_with_more_addresses_than_a_file_may_hold_is_split_into_numbered_parts()
    {
        // Two fresh demo sites, one with at most 10 addresses a file: the same addresses, split.
        await using var factory = new WegweiserFactory("demo", "sqlite", null, null, new Dictionary<string, string> { ["Wegweiser:SitemapMaxUrls"] = "10" });
        await using var reference = new WegweiserFactory("demo");
        var client = factory.CreateClient();
        var whole = await AllSitemapPathsAsync(reference.CreateClient());

        var index = XDocument.Parse(await GetOkAsync(client, "/sitemap.xml"));
        var children = index.Descendants(Ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        var parts = new List<string>();
        foreach (var child in children)
        {
            var urls = XDocument.Parse(await GetOkAsync(client, child)).Descendants(Ns + "url").ToList();
            Assert.InRange(urls.Count, 1, 10);
            parts.AddRange(urls.Select(u => new Uri(u.Element(Ns + "loc")!.Value).AbsolutePath));
        }

        Assert.Contains("/sitemap-de-2.xml", children);
        Assert.Equal(whole.Order(StringComparer.Ordinal), parts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_sitemap_has_the_home_page_every_list_and_every_public_detail_page()
    {
        var entries = await site.Factory.QueryAsync(db => db.ContentItems
            .Where(i => i.Key != DirectoryQueries.HomePageKey)
            .Include(i => i.Versions.Where(v => v.IsPublished)).ThenInclude(v => v.Translations)
            .Where(i => i.Versions.Any(v => v.IsPublished)).AsSplitQuery().ToListAsync());
        var today = site.Factory.Today;
        var expected = entries.Where(i => i.Published!.EndsOn is null || i.Published.EndsOn > today)
            .Select(i => DirectorySection.For(i.Type).DetailUrl("de", i.Published!.Translation(Cultures.Source)!.Slug))
            .Concat(DirectorySection.All.Select(s => s.ListUrl("de")))
            .Append("/de/")
            .ToList();

        var paths = await SitemapPathsAsync();

        Assert.All(expected, path => Assert.Contains(path, paths));
        Assert.Contains($"/de/kurse/{await site.Factory.GermanSlugAsync(CourseKey)}", paths);
    }

    [Fact]
    public async Task The_sitemap_lists_no_draft_no_legal_draft_no_ended_entry_and_no_internal_contact()
    {
        var hidden = await site.HiddenAsync();
        hidden.AssertCoversTheDemo();
        var homeText = await site.Factory.GermanSlugAsync(DirectoryQueries.HomePageKey);

        var xml = await GetOkAsync(_client, "/sitemap-de.xml");
        var paths = await SitemapPathsAsync();

        Assert.Empty(paths.Intersect(hidden.DetailPaths));
        Assert.DoesNotContain($"/de/seiten/{homeText}", paths);
        Assert.All(hidden.InternalContacts, contact => Assert.DoesNotContain(contact, xml));
    }

    [Fact]
    public async Task Every_address_in_the_sitemap_answers()
    {
        foreach (var path in await SitemapPathsAsync())
        {
            await GetOkAsync(_client, path);
        }
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_by_its_absolute_address()
    {
        var response = await _client.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("User-agent: *\n", text);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml\n", text);
    }

    /// <summary>The German pages in the sitemap.</summary>
    private async Task<IReadOnlyList<string>> SitemapPathsAsync()
    {
        var doc = XDocument.Parse(await GetOkAsync(_client, "/sitemap-de.xml"));
        return doc.Descendants(Ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
    }

    private Task<IReadOnlyList<string>> AllSitemapPathsAsync() => AllSitemapPathsAsync(_client);

    /// <summary>Every page of every child sitemap the index names.</summary>
    private static async Task<IReadOnlyList<string>> AllSitemapPathsAsync(HttpClient client)
    {
        var index = XDocument.Parse(await GetOkAsync(client, "/sitemap.xml"));
        var paths = new List<string>();
        foreach (var child in index.Descendants(Ns + "loc").Select(l => new Uri(l.Value).AbsolutePath))
        {
            paths.AddRange(XDocument.Parse(await GetOkAsync(client, child)).Descendants(Ns + "loc").Select(l => new Uri(l.Value).AbsolutePath));
        }

        return paths;
    }
}
