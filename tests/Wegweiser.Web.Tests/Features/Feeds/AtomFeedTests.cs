using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;
using static Wegweiser.Web.Tests.Features.Feeds.FeedsSiteFixture;

namespace Wegweiser.Web.Tests.Features.Feeds;

/// <summary>/de/neu.atom is an Atom feed (RFC 4287) of the newest public entries.</summary>
[Collection(FeedsCollection.Name)]
public class AtomFeedTests(FeedsSiteFixture site)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task The_feed_is_well_formed_Atom_with_the_required_elements()
    {
        var response = await _client.GetAsync("/de/neu.atom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.InRange(response.Headers.CacheControl.MaxAge!.Value.TotalSeconds, 1, 60); // a publish shows within a minute
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("de", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("Integrationswegweiser Ilm-Kreis: neue und geänderte Einträge", Single(feed, "title"));
        Assert.False(string.IsNullOrWhiteSpace(Single(feed, "subtitle")));
        Assert.True(Uri.IsWellFormedUriString(Single(feed, "id"), UriKind.Absolute));
        AssertDate(Single(feed, "updated"));
        var self = Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("http://localhost/de/neu.atom", (string?)self.Attribute("href"));

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 1, 50);
        Assert.All(entries, entry =>
        {
            Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", Single(entry, "id"));
            Assert.False(string.IsNullOrWhiteSpace(Single(entry, "title")));
            Assert.False(string.IsNullOrWhiteSpace(Single(entry, "summary")));
            Assert.Equal("text", (string?)entry.Element(Atom + "summary")!.Attribute("type"));
            Assert.True(AssertDate(Single(entry, "published")) <= AssertDate(Single(entry, "updated")));
            var link = Assert.Single(entry.Elements(Atom + "link"));
            Assert.Equal("alternate", (string?)link.Attribute("rel"));
            Assert.StartsWith("http://localhost/de/", (string?)link.Attribute("href"));
            Assert.Equal("Integrationswegweiser Ilm-Kreis", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        });
        Assert.Equal(entries.Count, entries.Select(e => Single(e, "id")).Distinct().Count());
        var updated = entries.Select(e => AssertDate(Single(e, "updated"))).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.Equal(updated[0], AssertDate(Single(feed, "updated")));
    }

    [Fact]
    public async Task An_updated_entry_keeps_its_first_publication_date_and_links_to_its_page()
    {
        var id = $"urn:uuid:{ContentItem.IdFromKey(EventKey):D}";
        var slug = await site.Factory.GermanSlugAsync(EventKey);

        var feed = XDocument.Parse(await GetOkAsync(_client, "/de/neu.atom")).Root!;
        var entry = Assert.Single(feed.Elements(Atom + "entry"), e => Single(e, "id") == id);

        Assert.Equal(EventTitle, Single(entry, "title"));
        Assert.Equal(site.EventFirstPublishedUtc, AssertDate(Single(entry, "published")).UtcDateTime);
        Assert.Equal(site.EventUpdatedUtc, AssertDate(Single(entry, "updated")).UtcDateTime);
        Assert.Equal($"http://localhost/de/veranstaltungen/{slug}", (string?)entry.Element(Atom + "link")!.Attribute("href"));
        await GetOkAsync(_client, $"/de/veranstaltungen/{slug}");
    }

    [Fact]
    public async Task Markup_in_a_title_stays_text()
    {
        var feed = XDocument.Parse(await GetOkAsync(_client, "/de/neu.atom")).Root!;

        Assert.Contains(feed.Elements(Atom + "entry"), e => Single(e, "title") == MaliciousTitle);
    }

    [Fact]
    public async Task The_feed_has_no_draft_no_ended_entry_no_home_page_text_and_no_internal_contact()
    {
        var hidden = await site.HiddenAsync();
        hidden.AssertCoversTheDemo();
        var homeId = $"urn:uuid:{ContentItem.IdFromKey(DirectoryQueries.HomePageKey):D}";

        var xml = await GetOkAsync(_client, "/de/neu.atom");
        var entries = XDocument.Parse(xml).Root!.Elements(Atom + "entry").ToList();

        Assert.DoesNotContain(entries, e => hidden.AtomIds.Contains(Single(e, "id")) || Single(e, "id") == homeId);
        Assert.DoesNotContain(entries, e => hidden.Titles.Contains(Single(e, "title")));
        Assert.DoesNotContain(entries, e => hidden.DetailPaths.Contains(new Uri((string)e.Element(Atom + "link")!.Attribute("href")!).AbsolutePath));
        Assert.All(hidden.InternalContacts, contact => Assert.DoesNotContain(contact, xml));
    }

    [Fact]
    public async Task The_feed_carries_at_most_fifty_entries_the_newest_first()
    {
        var published = await site.Factory.QueryAsync(db => db.ContentVersions.CountAsync(v => v.IsPublished));
        Assert.True(published > 50, "the demo site should have more entries than the feed carries");

        var feed = XDocument.Parse(await GetOkAsync(_client, "/de/neu.atom")).Root!;

        Assert.Equal(50, feed.Elements(Atom + "entry").Count());
    }

    [Fact]
    public async Task A_feed_for_an_unknown_culture_is_not_found()
    {
        var response = await _client.GetAsync("/xx/neu.atom");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Single(XElement parent, string name) => Assert.Single(parent.Elements(Atom + name)).Value;

    private static DateTimeOffset AssertDate(string value)
    {
        Assert.True(DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date), value);
        return date;
    }
}
