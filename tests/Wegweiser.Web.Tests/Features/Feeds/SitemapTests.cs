using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;
using static Wegweiser.Web.Tests.Features.Feeds.FeedsSiteFixture;

namespace Wegweiser.Web.Tests.Features.Feeds;

/// <summary>/sitemap.xml lists every public page with an absolute address, and nothing else.</summary>
[Collection(FeedsCollection.Name)]
public class SitemapTests(FeedsSiteFixture site)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task The_sitemap_is_a_well_formed_urlset_of_absolute_addresses()
    {
        var response = await _client.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "urlset", doc.Root!.Name);
        var urls = doc.Root.Elements().ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url =>
        {
            Assert.Equal(Ns + "url", url.Name);
            var loc = Assert.Single(url.Elements(Ns + "loc")).Value;
            Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.Host == "localhost", loc);
            Assert.Empty(uri!.Query);
            Assert.All(url.Elements(Ns + "lastmod"), lastmod =>
                Assert.True(DateTimeOffset.TryParseExact(lastmod.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), lastmod.Value));
            Assert.All(url.Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "loc", "lastmod" }));
        });
        var locs = urls.Select(u => u.Element(Ns + "loc")!.Value).ToList();
        Assert.Equal(locs.Count, locs.Distinct().Count());
    }

    [Fact]
    public async Task The_sitemap_has_the_home_page_every_list_and_every_public_detail_page()
    {
        var entries = await site.Factory.QueryAsync(db => db.ContentItems
            .Where(i => i.Key != DirectoryQueries.HomePageKey)
            .Include(i => i.Versions.Where(v => v.IsPublished)).ThenInclude(v => v.Translations)
            .Where(i => i.Versions.Any(v => v.IsPublished)).AsSplitQuery().ToListAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
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

        var xml = await GetOkAsync(_client, "/sitemap.xml");
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

    private async Task<IReadOnlyList<string>> SitemapPathsAsync()
    {
        var doc = XDocument.Parse(await GetOkAsync(_client, "/sitemap.xml"));
        return doc.Descendants(Ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
    }
}
