using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Tests.Features.Directory;

public class PublicPagesTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_root_leads_to_the_German_home_page()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/de/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_home_page_shows_the_introduction_and_the_six_fields_of_action()
    {
        var html = await GetOk("/de/");

        Assert.Contains("<html lang=\"de\" dir=\"ltr\">", html);
        Assert.Contains("Willkommen im Integrationswegweiser Ilm-Kreis", html);
        foreach (var topic in new[] { "Interkulturelle Öffnung und Teilhabe", "Sprache und Bildung", "Ausbildung und Arbeit", "Wohnen", "Gesundheit und Soziales", "Kultur, Freizeit und Sport" })
        {
            Assert.Contains(Html.Encode(topic), html);
        }

        Assert.Contains("href=\"/de/themen/wohnen\"", html);
        Assert.Contains("href=\"/de/alltag/deutsch-lernen\"", html);
    }

    public static TheoryData<string, string> ListPages => new()
    {
        { "/de/angebote", "Beratung und Hilfe" },
        { "/de/kurse", "Kurse" },
        { "/de/vereine", "Vereine" },
        { "/de/ehrenamt", "Ehrenamt" },
        { "/de/veranstaltungen", "Veranstaltungen" },
        { "/de/organisationen", "Organisationen" },
        { "/de/glossar", "Wörter erklärt" },
        { "/de/seiten", "Seiten" },
    };

    [Theory]
    [MemberData(nameof(ListPages))]
    public async Task Every_list_page_answers_with_its_German_heading_and_entries(string url, string heading)
    {
        var html = await GetOk(url);

        Assert.Contains($"<h1>{Html.Encode(heading)}</h1>", html);
        Assert.Contains("class=\"card\"", html);
    }

    [Theory]
    [InlineData(ContentType.Service)]
    [InlineData(ContentType.Organisation)]
    [InlineData(ContentType.Course)]
    [InlineData(ContentType.Club)]
    [InlineData(ContentType.VolunteerInitiative)]
    [InlineData(ContentType.Event)]
    [InlineData(ContentType.Page)]
    [InlineData(ContentType.GlossaryTerm)]
    public async Task Every_published_entry_has_a_detail_page_with_its_German_text(ContentType type)
    {
        var today = site.Factory.Today;
        var entries = await site.Factory.QueryAsync(db => db.ContentVersions
            .Where(v => v.IsPublished && (v.EndsOn == null || v.EndsOn >= today))
            .Join(db.ContentItems.Where(i => i.Type == type), v => v.ItemId, i => i.Id, (v, i) => v)
            .Include(v => v.Translations).Take(3).ToListAsync());
        Assert.NotEmpty(entries);

        foreach (var version in entries)
        {
            var german = version.Translation("de")!;
            var html = await GetOk(DirectorySection.For(type).DetailUrl("de", german.Slug));
            Assert.Contains($"<h1>{Html.Encode(german.Title)}</h1>", html);
        }
    }

    [Fact]
    public async Task Topic_links_filter_the_list()
    {
        var html = await GetOk("/de/angebote?thema=wohnen");

        Assert.Contains("<option value=\"wohnen\" selected=\"selected\">Wohnen</option>", html);
        var all = await GetOk("/de/angebote");
        Assert.True(CountCards(html) < CountCards(all));
        Assert.True(CountCards(html) > 0);
    }

    [Theory]
    [InlineData("/de/angebote/gibt-es-nicht")]
    [InlineData("/de/kurse/UPPER")]
    [InlineData("/de/unbekannt")]
    [InlineData("/de/angebote/a/b")]
    [InlineData("/xx/")]
    public async Task Unknown_addresses_give_a_friendly_404(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Seite nicht gefunden", html);
        Assert.Contains("Zur Startseite", html);
    }

    [Fact]
    public async Task A_slug_of_one_type_is_not_found_under_another()
    {
        var slug = await site.Factory.GermanSlugAsync("demo-chor-ilmenau");

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/de/vereine/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/de/angebote/{slug}")).StatusCode);
    }

    [Fact]
    public async Task The_health_endpoint_checks_the_database()
    {
        var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Entries_without_contact_data_say_so()
    {
        var slug = await site.Factory.GermanSlugAsync("anonymer-krankenschein");

        var html = await GetOk($"/de/angebote/{slug}");

        Assert.Contains("noch keine Kontaktdaten", html);
    }

    [Fact]
    public async Task Sample_entries_are_marked_as_sample_data()
    {
        var slug = await site.Factory.GermanSlugAsync("demo-chor-ilmenau");

        var html = await GetOk($"/de/vereine/{slug}");

        Assert.Contains("Beispiel-Eintrag: Diese Daten sind ausgedacht.", html);
    }

    [Fact]
    public async Task Pages_link_only_to_assets_of_this_site()
    {
        var html = await GetOk("/de/");

        // The canonical link names this site's own absolute address; nothing may point elsewhere.
        Assert.DoesNotMatch("(src|href)=\"https?://(?!localhost/)", html);
    }

    private async Task<string> GetOk(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static int CountCards(string html) => html.Split("class=\"card\"").Length - 1;
}
