using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary><c>/api/vorschlaege</c>: titles beginning with what was typed, uncached, never a 500.</summary>
public class SuggestionApiTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>, IAsyncLifetime
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    public Task InitializeAsync() => SearchApi.WaitForIndexAsync(_client);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Typed_beginnings_suggest_matching_titles()
    {
        var response = await _client.GetAsync("/api/vorschlaege?kultur=de&q=integrationsk");

        Assert.True(response.Headers.CacheControl!.Public);
        Assert.InRange(response.Headers.CacheControl.MaxAge!.Value.TotalSeconds, 1, 60); // new titles show within a minute
        var suggestions = await response.Content.ReadFromJsonAsync<JsonElement>();
        var titles = suggestions.EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.Contains("integrationsk", t, StringComparison.OrdinalIgnoreCase));
        Assert.All(suggestions.EnumerateArray(), s => Assert.StartsWith("/de/", s.GetProperty("url").GetString()));
    }

    [Theory]
    [InlineData("q=%22(%3A*")]
    [InlineData("q=")]
    [InlineData("")]
    [InlineData("q=a")]
    [InlineData("q=%F0%9F%98%80%F0%9F%98%80")]
    public async Task Odd_input_gives_an_empty_list(string query)
    {
        var response = await _client.GetAsync($"/api/vorschlaege?kultur=de&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
    }

    [Fact]
    public async Task Drafts_are_never_suggested()
    {
        var drafts = await site.Factory.QueryAsync(db => db.ContentItems.Where(i => i.Key.StartsWith("demo-entwurf-"))
            .Include(i => i.Versions).ThenInclude(v => v.Translations).ToListAsync());
        Assert.NotEmpty(drafts);

        foreach (var draft in drafts)
        {
            var title = draft.Latest.Translation("de")!.Title;
            var suggestions = await _client.GetFromJsonAsync<JsonElement>($"/api/vorschlaege?kultur=de&q={Uri.EscapeDataString(title)}");
            Assert.DoesNotContain(title, suggestions.EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        }
    }

    [Fact]
    public async Task An_unknown_culture_is_a_clear_bad_request()
    {
        var response = await _client.GetAsync("/api/vorschlaege?kultur=xx&q=kurs");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown culture", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_boxes_point_to_the_suggestions_of_their_language()
    {
        var html = await _client.GetStringAsync("/ar/suche?q=kurs");

        Assert.Contains("data-suggest=\"/api/vorschlaege?kultur=ar\"", html);
    }
}
