using System.Net;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>The search page and API on the demo site: what people type finds what they mean, and nothing private leaks.</summary>
public class SearchPageTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>, IAsyncLifetime
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    public Task InitializeAsync() => SearchApi.WaitForIndexAsync(_client);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Beratung_finds_the_migrationsberatung()
    {
        var results = await SearchApi.SearchAsync(_client, "beratung");

        var titles = results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.Contains(titles, t => t.Contains("Migrationsberatung", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_misspelt_sprahkurs_finds_a_sprachkurs()
    {
        var results = await SearchApi.SearchAsync(_client, "sprahkurs");

        var top = results.GetProperty("hits").EnumerateArray().Take(5).ToList();
        Assert.Contains(top, h => h.GetProperty("type").GetString() == "Course"
            && h.GetProperty("title").GetString()!.Contains("sprachkurs", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Kita_finds_childcare()
    {
        var results = await SearchApi.SearchAsync(_client, "Kita");

        var titles = results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.Contains(titles, t => t.Contains("Kinderbetreuung", StringComparison.Ordinal) || t.Contains("Kita", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("(")]
    [InlineData(":")]
    [InlineData("*")]
    [InlineData("AND")]
    [InlineData("\\")]
    [InlineData("beratung AND (sprach*")]
    [InlineData("title:\"kurs\"~2 OR [a TO z] ^3")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Query_syntax_gives_a_page_never_an_error(string query)
    {
        var page = await _client.GetAsync($"/de/suche?q={Uri.EscapeDataString(query)}");
        var api = await _client.GetAsync($"/api/suche?q={Uri.EscapeDataString(query)}&kultur=de");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.DoesNotContain("<script>alert", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_shows_highlighted_results_counts_and_the_form()
    {
        var html = await _client.GetStringAsync("/de/suche?q=beratung");

        Assert.Contains("<mark>", html);
        Assert.Contains("Treffer für „beratung“", html);
        Assert.Contains("name=\"q\"", html);
        Assert.Contains("<h3>Ort</h3>", html);
    }

    [Fact]
    public async Task An_empty_query_explains_what_to_type()
    {
        var html = await _client.GetStringAsync("/de/suche");

        Assert.Contains("Geben Sie ein oder mehrere Wörter ein", html);
    }

    [Fact]
    public async Task Nonsense_gives_an_honest_empty_page()
    {
        var html = await _client.GetStringAsync("/de/suche?q=qxjzwvqxjz");

        Assert.Contains("Keine Treffer für „qxjzwvqxjz“.", html);
    }

    [Fact]
    public async Task Every_page_has_a_labelled_search_box_in_the_header()
    {
        var html = await _client.GetStringAsync("/de/");

        Assert.Contains("<label for=\"site-search-q\">Suchen im Wegweiser</label>", html);
        Assert.Contains("action=\"/de/suche\"", html);
    }

    [Fact]
    public async Task Other_cultures_search_their_own_index_with_german_fallback()
    {
        var response = await _client.GetAsync("/ar/suche?q=beratung");
        var api = await SearchApi.SearchAsync(_client, "beratung", "ar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(api.GetProperty("hits").EnumerateArray(), h => Assert.StartsWith("/ar/", h.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task An_unknown_culture_is_a_bad_request()
    {
        var response = await _client.GetAsync("/api/suche?q=beratung&kultur=xx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Drafts_never_appear()
    {
        var drafts = await site.Factory.QueryAsync(db => db.ContentItems.Where(i => i.Key.StartsWith("demo-entwurf-"))
            .Include(i => i.Versions).ThenInclude(v => v.Translations).ToListAsync());
        Assert.NotEmpty(drafts);

        foreach (var draft in drafts)
        {
            var results = await SearchApi.SearchAsync(_client, draft.Latest.Translation("de")!.Title);
            Assert.DoesNotContain(draft.Key, SearchApi.Keys(results));
        }
    }

    [Fact]
    public async Task Internal_contacts_never_appear()
    {
        var initiatives = await site.Factory.QueryAsync(db => db.ContentItems.Where(i => i.Type == ContentType.VolunteerInitiative)
            .Include(i => i.Versions).ThenInclude(v => v.Translations).ToListAsync());
        var contacts = initiatives.Select(i => i.Published?.Data.Volunteer?.InternalContact).OfType<InternalContact>().ToList();
        Assert.NotEmpty(contacts);

        foreach (var contact in contacts)
        {
            foreach (var text in new[] { contact.Name, contact.Email, contact.Phone }.OfType<string>())
            {
                var hits = (await SearchApi.SearchAsync(_client, text)).GetProperty("hits").GetRawText();
                Assert.DoesNotContain(text, hits);
            }
        }

        var all = WebUtility.HtmlDecode(await _client.GetStringAsync("/de/suche?q=ehrenamt+begleitung+paten"));
        Assert.All(contacts, c => Assert.DoesNotContain(c.Email!, all));
    }
}
