using System.Net;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Tests.Features.TakeAlong;

public class CardTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task The_card_of_a_service_holds_title_address_phone_hours_and_QR_code_and_needs_no_script()
    {
        var version = (await TakeAlongSite.ItemAsync(site.Factory, "demo-migrationsberatung-arnstadt")).Published!;
        var detail = TakeAlongSite.DetailPath(ContentType.Service, version);

        var response = await _client.GetAsync($"{detail}/karte");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<h1 id=\"card-title\" class=\"contact-card__title\">{Html.Encode(version.Translation("de")!.Title)}</h1>", html);
        // Razor writes "+" as "&#x2B;": compare with the text a reader sees.
        Assert.Contains($"Telefon: <a href=\"tel:{version.Data.Contact!.Phone!.Replace(" ", "")}\" dir=\"ltr\">{version.Data.Contact.Phone}</a>", WebUtility.HtmlDecode(html));
        Assert.Contains("Beispielplatz 3", html);
        Assert.Contains("99310 Arnstadt", html);
        Assert.Contains("Montag, Donnerstag: 9:00–12:00 Uhr", html);
        Assert.Contains($"<img src=\"{detail}/qr.svg\" alt=\"QR-Code mit dem Link zu dieser Seite\"", html);
        Assert.Contains("Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers.", html);
        Assert.Contains($"<a href=\"{detail}\">Zurück zum Eintrag</a>", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        // At most the search box's deferred suggestion script and the service worker's registration;
        // the card itself needs none.
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value),
            tag => Assert.Matches(@"^<script src=""(/_content/Wegweiser\.Theme\.Default/suggest|/offline)\.[a-z0-9]+\.js"" defer>$", tag));
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotMatch("(src|href)=\"https?://(?!localhost/)", html); // absolute links only to this site (hreflang)
    }

    [Theory]
    [InlineData("demo-integrationskurs-a1-arnstadt", "Montag, 11. Januar 2027 – Freitag, 25. Juni 2027")]
    [InlineData("demo-gesundheitstag-arnstadt", "Samstag, 8. Mai 2027, 10:00–14:00 Uhr")]
    public async Task Cards_of_courses_and_events_say_when(string key, string when)
    {
        var item = await TakeAlongSite.ItemAsync(site.Factory, key);

        var html = await _client.GetStringAsync($"{TakeAlongSite.DetailPath(item.Type, item.Published!)}/karte");

        Assert.Contains(when, html);
    }

    [Theory]
    [InlineData("/de/angebote/gibt-es-nicht/karte")]
    [InlineData("/de/angebote/UPPER/karte")]
    [InlineData("/de/unbekannt/migrationsberatung-arnstadt/karte")]
    [InlineData("/de/vereine/migrationsberatung-arnstadt/karte")]
    [InlineData("/de/angebote/migrationsberatung-arnstadt/kontakt.vcf/karte")]
    public async Task Unknown_entries_have_no_card_but_the_friendly_404(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Seite nicht gefunden", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_detail_page_links_to_what_it_offers()
    {
        var service = TakeAlongSite.DetailPath(ContentType.Service, (await TakeAlongSite.ItemAsync(site.Factory, "demo-migrationsberatung-arnstadt")).Published!);
        var course = TakeAlongSite.DetailPath(ContentType.Course, (await TakeAlongSite.ItemAsync(site.Factory, "demo-integrationskurs-a1-arnstadt")).Published!);
        var volunteer = TakeAlongSite.DetailPath(ContentType.VolunteerInitiative, (await TakeAlongSite.ItemAsync(site.Factory, "demo-sprachpatenschaften-arnstadt")).Published!);

        var serviceHtml = await _client.GetStringAsync(service);
        var courseHtml = await _client.GetStringAsync(course);
        var volunteerHtml = await _client.GetStringAsync(volunteer);

        Assert.Contains($"href=\"{service}/kontakt.vcf\"", serviceHtml);
        Assert.DoesNotContain("kalender.ics", serviceHtml);
        Assert.Contains($"href=\"{service}/karte\">Kontaktkarte drucken</a>", serviceHtml);
        Assert.Contains($"href=\"{service}/qr.svg\" download=", serviceHtml);
        Assert.Contains($"<img src=\"{service}/qr.svg\" alt=\"QR-Code mit dem Link zu dieser Seite\"", serviceHtml);
        Assert.Contains($"href=\"{course}/kontakt.vcf\"", courseHtml);
        Assert.Contains($"href=\"{course}/kalender.ics\"", courseHtml);
        Assert.DoesNotContain("kontakt.vcf", volunteerHtml);
        Assert.Contains($"href=\"{volunteer}/karte\"", volunteerHtml);
        Assert.Equal(1, serviceHtml.Split("class=\"take-along\"").Length - 1);
    }
}
