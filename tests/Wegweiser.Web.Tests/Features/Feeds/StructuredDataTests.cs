using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;
using static Wegweiser.Web.Tests.Features.Feeds.FeedsSiteFixture;

namespace Wegweiser.Web.Tests.Features.Feeds;

/// <summary>Every detail page describes its entry in schema.org JSON-LD, with no more than the page shows.</summary>
[Collection(FeedsCollection.Name)]
public class StructuredDataTests(FeedsSiteFixture site)
{
    private const string Origin = "http://localhost";

    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task A_service_is_a_government_service_with_provider_area_languages_hours_and_contact()
    {
        var (url, json) = await DetailAsync("demo-migrationsberatung-arnstadt");

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("GovernmentService", Type(json));
        Assert.Equal("Beispiel: Migrationsberatung in Arnstadt", json.GetProperty("name").GetString());
        Assert.StartsWith("Beispiel-Eintrag: Beratung für Zugewanderte", json.GetProperty("description").GetString());
        Assert.Equal(Origin + url, json.GetProperty("mainEntityOfPage").GetString());
        var provider = json.GetProperty("provider");
        Assert.Equal("Organization", Type(provider));
        Assert.Equal("Beispiel-Beratungsstelle Ilm-Kreis", provider.GetProperty("name").GetString());
        Assert.Equal(Origin + "/de/organisationen/beispiel-beratungsstelle-ilm-kreis", provider.GetProperty("url").GetString());
        Assert.Equal("Arnstadt", json.GetProperty("areaServed")[0].GetProperty("name").GetString());
        Assert.Equal(["de", "en", "ar", "fa", "uk"], StringArray(json.GetProperty("availableLanguage")));
        var hours = json.GetProperty("hoursAvailable")[0];
        Assert.Equal("OpeningHoursSpecification", Type(hours));
        Assert.Equal(["https://schema.org/Monday", "https://schema.org/Thursday"], StringArray(hours.GetProperty("dayOfWeek")));
        Assert.Equal("09:00", hours.GetProperty("opens").GetString());
        Assert.Equal("12:00", hours.GetProperty("closes").GetString());
        var channel = json.GetProperty("availableChannel");
        Assert.Equal("https://beratungsstelle.example.org", channel.GetProperty("serviceUrl").GetString());
        Assert.Equal("+49 000 0000003", channel.GetProperty("servicePhone").GetProperty("telephone").GetString());
        Assert.Equal("kontakt@beratungsstelle.example.org", channel.GetProperty("servicePhone").GetProperty("email").GetString());
        var address = channel.GetProperty("serviceLocation").GetProperty("address");
        Assert.Equal("PostalAddress", Type(address));
        Assert.Equal("Beispielplatz 3", address.GetProperty("streetAddress").GetString());
        Assert.Equal("99310", address.GetProperty("postalCode").GetString());
        Assert.Equal("Arnstadt", address.GetProperty("addressLocality").GetString());
    }

    [Fact]
    public async Task An_organisation_is_an_organization_with_its_public_contact_and_address()
    {
        var (url, json) = await DetailAsync("demo-beratungsstelle-ilm-kreis");

        Assert.Equal("Organization", Type(json));
        Assert.Equal("Beispiel-Beratungsstelle Ilm-Kreis", json.GetProperty("name").GetString());
        Assert.Equal(Origin + url, json.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal("https://beratungsstelle.example.org", json.GetProperty("url").GetString());
        Assert.Equal("+49 000 0000003", json.GetProperty("telephone").GetString());
        Assert.Equal("kontakt@beratungsstelle.example.org", json.GetProperty("email").GetString());
        Assert.Equal("Beispielplatz 3", json.GetProperty("address").GetProperty("streetAddress").GetString());
    }

    [Theory]
    [InlineData("demo-fussballverein-stadtilm", "SportsOrganization")]
    [InlineData("demo-chor-ilmenau", "Organization")]
    public async Task A_club_is_an_organization_and_a_sports_club_a_sports_organization(string key, string expectedType)
    {
        var (_, json) = await DetailAsync(key);

        Assert.Equal(expectedType, Type(json));
        Assert.Equal("PostalAddress", Type(json.GetProperty("address")));
    }

    [Fact]
    public async Task A_course_has_a_course_instance_with_dates_mode_and_place()
    {
        var (url, json) = await DetailAsync(CourseKey);

        Assert.Equal("Course", Type(json));
        Assert.Equal("Test: Kurs im nächsten Jahr", json.GetProperty("name").GetString());
        Assert.Equal(Origin + url, json.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal("Beispiel-Sprachschule Arnstadt", json.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal("B1", json.GetProperty("educationalLevel").GetString());
        Assert.True(json.GetProperty("isAccessibleForFree").GetBoolean());
        var instance = json.GetProperty("hasCourseInstance");
        Assert.Equal("CourseInstance", Type(instance));
        Assert.Equal($"{NextYear}-02-01", instance.GetProperty("startDate").GetString());
        Assert.Equal($"{NextYear}-06-30", instance.GetProperty("endDate").GetString());
        Assert.Equal("onsite", instance.GetProperty("courseMode").GetString());
        Assert.Equal("Test-Halle", instance.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("Teststraße 1", instance.GetProperty("location").GetProperty("address").GetProperty("streetAddress").GetString());
    }

    [Fact]
    public async Task An_event_has_its_times_with_the_Berlin_offset_and_a_place_with_address()
    {
        var (_, json) = await DetailAsync(EventKey);

        Assert.Equal("Event", Type(json));
        Assert.Equal(EventTitle, json.GetProperty("name").GetString());
        Assert.Equal($"{NextYear}-01-15T10:00:00+01:00", json.GetProperty("startDate").GetString());
        Assert.Equal($"{NextYear}-07-15T18:00:00+02:00", json.GetProperty("endDate").GetString());
        var place = json.GetProperty("location");
        Assert.Equal("Place", Type(place));
        Assert.Equal("Test-Halle", place.GetProperty("name").GetString());
        var address = place.GetProperty("address");
        Assert.Equal("PostalAddress", Type(address));
        Assert.Equal("Teststraße 1", address.GetProperty("streetAddress").GetString());
        Assert.Equal("99310", address.GetProperty("postalCode").GetString());
        Assert.Equal("Arnstadt", address.GetProperty("addressLocality").GetString());
        Assert.Equal("Beispiel-Ehrenamtsnetz Ilm-Kreis", json.GetProperty("organizer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_volunteer_initiative_is_an_organization_without_any_contact_data()
    {
        var hidden = await site.HiddenAsync();
        hidden.AssertCoversTheDemo();
        var keys = await site.Factory.QueryAsync(db => db.ContentItems
            .Where(i => i.Type == ContentType.VolunteerInitiative && i.Versions.Any(v => v.IsPublished)).Select(i => i.Key).ToListAsync());
        Assert.NotEmpty(keys);

        foreach (var key in keys)
        {
            var (_, json) = await DetailAsync(key);

            Assert.Equal("Organization", Type(json));
            foreach (var property in new[] { "url", "telephone", "email", "address", "contactPoint", "location", "availableChannel" })
            {
                Assert.False(json.TryGetProperty(property, out _), $"{key} has {property}");
            }

            var strings = FeedsSiteFixture.Strings(json).ToList();
            Assert.DoesNotContain(strings, s => s.Contains("streetAddress") || s.Contains("telephone") || (s.Contains('@') && !s.StartsWith('@')));
            Assert.DoesNotContain(strings, s => hidden.InternalContacts.Any(s.Contains));
        }
    }

    [Fact]
    public async Task A_page_is_a_web_page_in_its_language()
    {
        var (url, json) = await DetailAsync("ueber-uns");

        Assert.Equal("WebPage", Type(json));
        Assert.Equal(Origin + url, json.GetProperty("url").GetString());
        Assert.Equal("de", json.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public async Task A_glossary_term_is_a_defined_term_in_the_glossary()
    {
        var (url, json) = await DetailAsync("glossar-awo");

        Assert.Equal("DefinedTerm", Type(json));
        Assert.Equal("Arbeiterwohlfahrt", json.GetProperty("name").GetString());
        Assert.Equal("AWO", json.GetProperty("termCode").GetString());
        Assert.Equal(Origin + url, json.GetProperty("url").GetString());
        Assert.Equal(Origin + "/de/glossar", json.GetProperty("inDefinedTermSet").GetString());
    }

    [Fact]
    public async Task A_title_with_a_script_tag_cannot_break_out_of_the_script_element()
    {
        var slug = await site.Factory.GermanSlugAsync(MaliciousKey);

        var html = await GetOkAsync(_client, $"/de/angebote/{slug}");
        var (raw, json) = JsonLd(html);

        // One JSON-LD block, the search box's deferred script and the service worker's registration:
        // the title opened no element.
        Assert.Equal(4, html.Split("<script").Length);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script type=\"application/ld\\+json\">"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain('<', raw);
        Assert.DoesNotContain('>', raw);
        Assert.Contains("\\u003C/script\\u003E", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(MaliciousTitle, json.GetProperty("name").GetString());
        Assert.Equal("Zusammenfassung: " + MaliciousTitle, json.GetProperty("description").GetString());
        Assert.Equal("https://example.org/?a=1&b=</script>", json.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Every_detail_page_in_the_sitemap_describes_itself_and_nothing_hidden()
    {
        var hidden = await site.HiddenAsync();
        hidden.AssertCoversTheDemo();
        var sitemap = XDocument.Parse(await GetOkAsync(_client, "/sitemap-de.xml"));
        var details = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(l => new Uri(l.Value).AbsolutePath)
            .Where(p => p.Count(c => c == '/') == 3)
            .ToList();
        Assert.True(details.Count > 50, $"only {details.Count} detail pages in the sitemap");

        foreach (var path in details)
        {
            var html = await GetOkAsync(_client, path);
            var (raw, json) = JsonLd(html);
            var strings = FeedsSiteFixture.Strings(json).ToList();

            Assert.Equal(Origin + path, Canonical(html));
            Assert.Contains(Origin + path, strings);
            Assert.DoesNotContain('<', raw);
            Assert.DoesNotContain(strings, s => hidden.InternalContacts.Any(s.Contains));
            Assert.DoesNotContain(strings, s => hidden.DetailPaths.Any(p => s.EndsWith(p, StringComparison.Ordinal)));
            Assert.DoesNotContain(strings, hidden.Titles.Contains);
        }
    }

    private async Task<(string Url, JsonElement Json)> DetailAsync(string key)
    {
        var type = await site.Factory.QueryAsync(db => db.ContentItems.Where(i => i.Key == key).Select(i => i.Type).SingleAsync());
        var url = DirectorySection.For(type).DetailUrl("de", await site.Factory.GermanSlugAsync(key));
        var html = await GetOkAsync(_client, url);
        return (url, JsonLd(html).Json);
    }

    private static string? Type(JsonElement element) => element.GetProperty("@type").GetString();

    private static string[] StringArray(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
