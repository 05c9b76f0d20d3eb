using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>Filters combined with the query and facet counts, on the demo site, checked against the data.</summary>
public class SearchFilterTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>, IAsyncLifetime
{
    private const string Query = "beratung kurs verein";
    private readonly HttpClient _client = site.Factory.CreateClient();

    public Task InitializeAsync() => SearchApi.WaitForIndexAsync(_client);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> FacetParams => new()
    {
        { "type", "typ" },
        { "topic", "thema" },
        { "town", "ort" },
        { "group", "zielgruppe" },
        { "language", "sprache" },
        { "free", "kostenlos" },
        { "accessible", "barrierefrei" },
    };

    [Theory]
    [MemberData(nameof(FacetParams))]
    public async Task Each_facet_count_is_the_number_of_results_its_filter_gives(string facet, string param)
    {
        var all = await SearchAsync(Query);
        var values = all.GetProperty("facets").GetProperty(facet).EnumerateArray().ToList();
        Assert.NotEmpty(values);

        foreach (var value in values.Take(6))
        {
            var raw = value.GetProperty("value").GetString()!;
            var paramValue = facet switch
            {
                "type" => Enum.Parse<ContentType>(raw) switch
                {
                    ContentType.Service => "angebote",
                    ContentType.Course => "kurse",
                    ContentType.Club => "vereine",
                    ContentType.Organisation => "organisationen",
                    ContentType.VolunteerInitiative => "ehrenamt",
                    ContentType.Event => "veranstaltungen",
                    ContentType.GlossaryTerm => "glossar",
                    _ => "seiten",
                },
                "free" or "accessible" => "ja",
                _ => raw,
            };

            var filtered = await SearchAsync(Query, $"&{param}={Uri.EscapeDataString(paramValue)}&seite=1");

            Assert.Equal(value.GetProperty("count").GetInt32(), filtered.GetProperty("total").GetInt32());
            Assert.True(filtered.GetProperty("total").GetInt32() <= all.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Free_and_town_filters_keep_only_entries_that_are_free_and_serve_the_town()
    {
        var unfiltered = await SearchAsync(Query);
        var filtered = await SearchAsync(Query, "&kostenlos=ja&ort=arnstadt");
        var keys = await AllKeysAsync(Query, "&kostenlos=ja&ort=arnstadt");

        var data = await site.Factory.QueryAsync(db => db.ContentItems.Include(i => i.Versions)
            .Where(i => keys.Contains(i.Key)).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.True(filtered.GetProperty("total").GetInt32() < unfiltered.GetProperty("total").GetInt32());
        Assert.All(data, item =>
        {
            var d = item.Published!.Data;
            Assert.True(d.FreeOfCharge, item.Key);
            Assert.True(d.Towns.Contains("arnstadt") || d.Towns.Contains("ilm-kreis") || d.Addresses.Any(a => a.Town == "arnstadt"), item.Key);
        });
    }

    [Fact]
    public async Task Open_now_is_counted_and_filters()
    {
        var all = await SearchAsync(Query);
        var open = all.GetProperty("facets").GetProperty("open").EnumerateArray().Select(v => v.GetProperty("count").GetInt32()).SingleOrDefault();

        var filtered = await SearchAsync(Query, "&jetzt-offen=ja");

        // When none of the matches is open at this minute, the search widens to the words' topics
        // (as for any filter that leaves nothing) and says so; otherwise it gives exactly the open ones.
        if (open == 0 && filtered.GetProperty("relaxedTopics").GetArrayLength() > 0)
        {
            Assert.False(string.IsNullOrEmpty(filtered.GetProperty("relaxation").GetString()));
        }
        else
        {
            Assert.Equal(open, filtered.GetProperty("total").GetInt32());
        }
    }

    [Theory]
    [InlineData("&typ=nichts")]
    [InlineData("&thema=%3Cscript%3E")]
    [InlineData("&ort=" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("&kostenlos=vielleicht")]
    public async Task An_unknown_filter_value_is_dropped_and_reported(string filter)
    {
        var unfiltered = await SearchAsync(Query);
        var results = await SearchAsync(Query, filter);

        Assert.Equal(unfiltered.GetProperty("total").GetInt32(), results.GetProperty("total").GetInt32());
        Assert.Single(results.GetProperty("ignoredFilters").EnumerateArray());
    }

    [Fact]
    public async Task The_results_page_offers_facet_links_that_narrow_and_links_that_widen_again()
    {
        var page = await _client.GetStringAsync($"/de/suche?q={Uri.EscapeDataString(Query)}");
        var link = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/de/suche\\?q=[^\"]*&amp;kostenlos=ja)\"").Groups[1].Value;
        Assert.NotEmpty(link);

        var narrowed = await _client.GetStringAsync(WebUtility.HtmlDecode(link));

        Assert.Contains("ohne „kostenlos“", narrowed);
        Assert.Contains("<input type=\"hidden\" name=\"kostenlos\" value=\"ja\">", narrowed);
        Assert.Contains("<h2 id=\"search-facets\">Suche eingrenzen</h2>", narrowed);
        Assert.DoesNotContain("kostenlos ist</a>", narrowed); // the chosen filter is not offered again
    }

    [Fact]
    public async Task A_filter_that_leaves_nothing_says_so_and_offers_to_widen()
    {
        var page = await _client.GetStringAsync("/de/suche?q=beratung&typ=glossar&jetzt-offen=ja");

        Assert.Contains("Mit diesen Filtern haben wir nichts gefunden.", page);
        Assert.Contains("href=\"/de/suche?q=beratung\">Alle Filter löschen</a>", page);
    }

    private async Task<JsonElement> SearchAsync(string query, string filters = "")
    {
        var response = await _client.GetAsync($"/api/suche?q={Uri.EscapeDataString(query)}&kultur=de{filters}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<List<string>> AllKeysAsync(string query, string filters)
    {
        var keys = new List<string>();
        for (var page = 1; page <= 20; page++)
        {
            var results = await SearchAsync(query, filters + $"&seite={page}");
            keys.AddRange(SearchApi.Keys(results));
            if (page >= results.GetProperty("pageCount").GetInt32())
            {
                break;
            }
        }

        return keys;
    }
}
