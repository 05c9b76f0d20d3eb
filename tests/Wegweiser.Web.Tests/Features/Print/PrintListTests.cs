using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Tests.Features.TakeAlong;

namespace Wegweiser.Web.Tests.Features.Print;

/// <summary>The printable lists: every matching entry with its contacts, the list's filters kept, nothing that is not public.</summary>
public partial class PrintListTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Theory]
    [InlineData("angebote", ContentType.Service)]
    [InlineData("kurse", ContentType.Course)]
    [InlineData("vereine", ContentType.Club)]
    [InlineData("ehrenamt", ContentType.VolunteerInitiative)]
    [InlineData("veranstaltungen", ContentType.Event)]
    [InlineData("organisationen", ContentType.Organisation)]
    public async Task A_list_links_to_its_print_view_which_holds_every_current_entry_on_one_page(string segment, ContentType type)
    {
        // Arrange
        var current = await TakeAlongSite.CurrentAsync(site.Factory, type);
        var list = await _client.GetStringAsync($"/de/{segment}");

        // Act
        var response = await _client.GetAsync($"/de/{segment}/druckansicht");

        // Assert
        Assert.Contains($"<p class=\"print-link\"><a href=\"/de/{segment}/druckansicht\">Liste drucken</a></p>", list);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(current.Count, Entry().Matches(html).Count);
        Assert.All(current, c => Assert.Contains(Html.Encode(c.Version.Translation("de")!.Title), html));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.Contains($"<a href=\"/de/{segment}\">Zurück zur Liste</a>", html);
        Assert.DoesNotContain("class=\"pager", html);
    }

    [Fact]
    public async Task An_entry_shows_address_phone_email_website_and_opening_hours_in_short()
    {
        var version = (await TakeAlongSite.ItemAsync(site.Factory, "demo-migrationsberatung-arnstadt")).Published!;
        var contact = version.Data.Contact!;

        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/de/angebote/druckansicht"));

        var entry = Entry().Matches(html).Select(m => m.Value).Single(e => e.Contains(version.Translation("de")!.Title));
        Assert.Contains("Beispielplatz 3", entry);
        Assert.Contains("99310 Arnstadt", entry);
        Assert.Contains($"<a href=\"tel:{contact.Phone!.Replace(" ", "")}\" dir=\"ltr\">{contact.Phone}</a>", entry);
        Assert.Contains("Montag, Donnerstag: 9:00–12:00 Uhr", entry);
        if (contact.Email is { } email) Assert.Contains(email, entry);
        if (contact.Website is { } website) Assert.Contains($"<a href=\"{website}\" dir=\"ltr\">", entry);
    }

    [Fact]
    public async Task The_filters_of_the_list_carry_over_to_the_print_view_and_to_its_cache_key()
    {
        var list = await _client.GetStringAsync("/de/kurse?niveau=A1");
        var a1 = await _client.GetStringAsync("/de/kurse/druckansicht?niveau=A1");
        var b1 = await _client.GetStringAsync("/de/kurse/druckansicht?niveau=B1");
        var all = await _client.GetStringAsync("/de/kurse/druckansicht");

        Assert.Contains("<a href=\"/de/kurse/druckansicht?niveau=A1\">Liste drucken</a>", list);
        Assert.Contains("Gewählte Filter: A1", a1);
        Assert.Contains("<a href=\"/de/kurse?niveau=A1\">Zurück zur Liste</a>", a1);
        var a1Count = Entry().Matches(a1).Count;
        Assert.True(a1Count > 0);
        Assert.True(a1Count + Entry().Matches(b1).Count <= Entry().Matches(all).Count);
        Assert.NotEqual(a1, b1);
    }

    [Fact]
    public async Task A_topic_prints_every_type_under_its_own_heading_and_one_type_with_typ()
    {
        var topic = await _client.GetStringAsync("/de/themen/sprache-bildung");
        var all = await _client.GetStringAsync("/de/themen/sprache-bildung/druckansicht");
        var courses = await _client.GetStringAsync("/de/themen/sprache-bildung/druckansicht?typ=kurse");

        Assert.Contains("<a href=\"/de/themen/sprache-bildung/druckansicht\">Liste drucken</a>", topic);
        Assert.Contains("<h2 class=\"print-view__group\">Kurse", all);
        Assert.Contains("<h3 class=\"print-entry__title\"", all);
        Assert.Contains("<h2 class=\"print-view__group\">Kurse", courses);
        Assert.DoesNotContain("<h2 class=\"print-view__group\">Angebote", courses);
        Assert.True(Entry().Matches(courses).Count < Entry().Matches(all).Count);
    }

    [Theory]
    [InlineData("/de/glossar/druckansicht")]
    [InlineData("/de/seiten/druckansicht")]
    [InlineData("/de/unbekannt/druckansicht")]
    [InlineData("/de/themen/gibt-es-nicht/druckansicht")]
    [InlineData("/de/alltag/gibt-es-nicht/druckansicht")]
    public async Task Lists_without_contacts_and_unknown_topics_have_no_print_view(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/de/kurse/druckansicht?niveau=Z9&ort=%3Cscript%3E")]
    [InlineData("/de/angebote/druckansicht?seite=abc&thema=" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("/de/themen/sprache-bildung/druckansicht?typ=%00")]
    public async Task Bad_filters_are_ignored_with_a_notice_never_an_error(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html);
        Assert.True(Entry().Matches(html).Count > 0);
    }

    [Theory]
    [InlineData("ar", "rtl", "طباعة القائمة")]
    [InlineData("fa", "rtl", "چاپ فهرست")]
    [InlineData("uk", "ltr", "Надрукувати список")]
    [InlineData("en", "ltr", "Print this list")]
    [InlineData("ru", "ltr", "Распечатать список")]
    [InlineData("tr", "ltr", "Listeyi yazdır")]
    public async Task The_print_view_speaks_the_visitors_language_and_keeps_numbers_left_to_right(string culture, string dir, string link)
    {
        var list = await _client.GetStringAsync($"/{culture}/angebote");
        var html = await _client.GetStringAsync($"/{culture}/angebote/druckansicht");

        Assert.Contains($">{link}</a>", list);
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", html);
        Assert.Matches("<a href=\"tel:[^\"]+\" dir=\"ltr\">", html);
        Assert.DoesNotContain("Liste drucken", html);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task No_print_view_holds_an_internal_contact_or_a_draft(string culture)
    {
        // Arrange
        var all = await site.Factory.QueryAsync(db => db.ContentItems
            .Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery().ToListAsync());
        var secrets = all.SelectMany(i => i.Versions).Select(v => v.Data.Volunteer?.InternalContact).OfType<InternalContact>()
            .SelectMany(c => new[] { c.Name, c.Phone, c.Email }).OfType<string>()
            .Concat(all.Where(i => i.Key.StartsWith("demo-entwurf-")).SelectMany(i => i.Latest.Translations).Select(t => t.Title))
            .ToList();
        Assert.NotEmpty(secrets);
        var urls = DirectorySection.All.Select(s => $"/{culture}/{s.Segment}/druckansicht")
            .Concat(new[] { "/themen/sprache-bildung", "/themen/gesundheit-soziales", "/themen/kultur-freizeit-sport", "/themen/ausbildung-arbeit", "/alltag/beratung" }.Select(t => $"/{culture}{t}/druckansicht"));

        foreach (var url in urls)
        {
            // Act
            var response = await _client.GetAsync(url);
            var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            // Assert
            Assert.All(secrets, s => Assert.False(text.Contains(s, StringComparison.OrdinalIgnoreCase), $"{url} contains '{s}'"));
        }
    }

    [Fact]
    public async Task Volunteer_initiatives_print_no_contact_but_the_way_to_ask_for_one()
    {
        var html = await _client.GetStringAsync("/de/ehrenamt/druckansicht");

        Assert.Contains("Bitte fragen Sie den Kontakt über das Formular auf der Internetseite des Eintrags an.", html);
        Assert.DoesNotContain("href=\"tel:", html);
        Assert.DoesNotContain("href=\"mailto:", html);
    }

    [GeneratedRegex("<li class=\"print-entry\">.*?</li>\\s*(?=<li class=\"print-entry\">|</ul>)", RegexOptions.Singleline)]
    private static partial Regex Entry();
}
