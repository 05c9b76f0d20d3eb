using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Web.Tests.Features.Feeds;

/// <summary>
/// A demo site plus three published entries the tests control: a course and an event with dates
/// next year (the demo's dates run out), the event republished later with a new title, and a
/// service whose title and summary try to break out of the JSON-LD script element. They are
/// published just after the demo, so they lead the feed.
/// </summary>
public sealed partial class FeedsSiteFixture : IAsyncLifetime
{
    public const string MaliciousKey = "test-boeser-titel";
    public const string MaliciousTitle = "</script><script>alert(1)</script> & <!-- \"Test\" ]]>";
    public const string CourseKey = "test-kurs-naechstes-jahr";
    public const string EventKey = "test-ausstellung-naechstes-jahr";
    public const string EventTitle = "Test: Ausstellung im nächsten Jahr (geändert)";

    public WegweiserFactory Factory { get; } = new("demo");

    public static int NextYear => DateTime.UtcNow.Year + 1;

    /// <summary>When the test event was first published, two days before its second version.</summary>
    public DateTime EventFirstPublishedUtc { get; private set; }

    public DateTime EventUpdatedUtc { get; private set; }

    public async Task InitializeAsync()
    {
        // Start the site (and its recipe) first, so the test entries are the newest in the feed.
        _ = Factory.Services;
        var now = TruncateToSeconds(DateTime.UtcNow).AddSeconds(1);
        EventFirstPublishedUtc = now.AddDays(-2);
        EventUpdatedUtc = now;
        await Factory.QueryAsync(async db =>
        {
            var address = new Address { Name = "Test-Halle", Street = "Teststraße 1", PostalCode = "99310", Town = "arnstadt" };

            var course = ContentItem.Create(ContentType.Course, CourseKey, now);
            course.Latest.Data = new ContentData
            {
                Organisation = "demo-sprachschule-arnstadt",
                Towns = ["arnstadt"],
                Languages = ["de", "uk"],
                Addresses = [address],
                FreeOfCharge = true,
                Course = new CourseData { Level = "B1", Starts = new DateOnly(NextYear, 2, 1), Ends = new DateOnly(NextYear, 6, 30) },
            };
            Publish(course, "kurs-naechstes-jahr", "Test: Kurs im nächsten Jahr", now);

            var exhibition = ContentItem.Create(ContentType.Event, EventKey, EventFirstPublishedUtc);
            exhibition.Latest.Data = new ContentData
            {
                Organisation = "demo-ehrenamtsnetz-ilm-kreis",
                Towns = ["arnstadt"],
                Addresses = [address],
                Event = new EventData { Starts = new DateTime(NextYear, 1, 15, 10, 0, 0), Ends = new DateTime(NextYear, 7, 15, 18, 0, 0) },
            };
            Publish(exhibition, "ausstellung-naechstes-jahr", "Test: Ausstellung im nächsten Jahr", EventFirstPublishedUtc);
            var second = exhibition.EditableVersion(EventUpdatedUtc);
            Publish(exhibition, "ausstellung-naechstes-jahr", EventTitle, EventUpdatedUtc, second);

            var malicious = ContentItem.Create(ContentType.Service, MaliciousKey, now);
            malicious.Latest.Data = new ContentData { Towns = ["arnstadt"], Contact = new ContactData { Website = "https://example.org/?a=1&b=</script>" } };
            Publish(malicious, "boeser-titel", MaliciousTitle, now);

            db.ContentItems.AddRange(course, exhibition, malicious);
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>What must never be public: unpublished or ended items and every internal contact.</summary>
    public Task<HiddenContent> HiddenAsync() => Factory.QueryAsync(async db =>
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, berlin));
        var items = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery().ToListAsync();
        var hidden = items.Where(i => i.Published is null || (i.Published.EndsOn is { } end && end < today)).ToList();
        var contacts = items.SelectMany(i => i.Versions)
            .Select(v => v.Data.Volunteer?.InternalContact)
            .OfType<InternalContact>()
            .SelectMany(c => new[] { c.Name, c.Phone, c.Email })
            .OfType<string>()
            .Distinct()
            .ToList();
        return new HiddenContent(hidden, contacts);
    });

    /// <summary>Gets a page and fails with the address when it does not answer 200.</summary>
    public static async Task<string> GetOkAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The one JSON-LD block of a page, as written and parsed.</summary>
    public static (string Raw, JsonElement Json) JsonLd(string html)
    {
        var match = Assert.Single(JsonLdPattern().Matches(html));
        var raw = match.Groups[1].Value;
        return (raw, JsonDocument.Parse(raw).RootElement.Clone());
    }

    /// <summary>The canonical address of a page.</summary>
    public static string Canonical(string html) =>
        WebUtility.HtmlDecode(Assert.Single(CanonicalPattern().Matches(html)).Groups[1].Value);

    /// <summary>Every string value and property name anywhere in a JSON document.</summary>
    public static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var s in element.EnumerateArray().SelectMany(Strings))
                {
                    yield return s;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (var s in Strings(property.Value))
                    {
                        yield return s;
                    }
                }

                break;
        }
    }

    private static void Publish(ContentItem item, string slug, string title, DateTime utc, ContentVersion? version = null)
    {
        version ??= item.Latest;
        version.SetTranslation(Cultures.Source, slug, title, new Dictionary<string, string> { [ContentFields.Summary] = $"Zusammenfassung: {title}" });
        version.UpdateDerived(item.Type);
        item.Transition(WorkflowState.Published, utc);
    }

    private static DateTime TruncateToSeconds(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]*)\">")]
    private static partial Regex CanonicalPattern();
}

/// <summary>Items the public must not see, and the internal contacts of volunteer initiatives.</summary>
public sealed record HiddenContent(IReadOnlyList<ContentItem> Items, IReadOnlyList<string> InternalContacts)
{
    public IEnumerable<string> Keys => Items.Select(i => i.Key);

    /// <summary>Every detail address any version of a hidden item would have.</summary>
    public IReadOnlySet<string> DetailPaths => Items
        .SelectMany(i => i.Versions.SelectMany(v => v.Translations).Select(t => DirectorySection.For(i.Type).DetailUrl(t.Culture, t.Slug)))
        .ToHashSet();

    public IReadOnlySet<string> Titles => Items.SelectMany(i => i.Versions.SelectMany(v => v.Translations).Select(t => t.Title)).ToHashSet();

    public IReadOnlySet<string> AtomIds => Items.Select(i => $"urn:uuid:{i.Id:D}").ToHashSet();

    /// <summary>Fails unless the demo's known hidden entries are among them, so no test passes on nothing.</summary>
    public void AssertCoversTheDemo()
    {
        foreach (var key in new[] { "demo-entwurf-sprachkurs-b2-arnstadt", "demo-entwurf-laufgruppe-martinroda", "demo-entwurf-lesepatenschaften-plaue", "impressum", "datenschutz", "demo-sprachkurs-a1-herbst-ilmenau" })
        {
            Assert.Contains(key, Keys);
        }

        Assert.Contains("erika.beispiel@ehrenamtsnetz.example.org", InternalContacts);
        Assert.Contains("Erika Beispiel", InternalContacts);
    }
}
