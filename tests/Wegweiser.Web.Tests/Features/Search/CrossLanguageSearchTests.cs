using System.Net;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>Words in the visitor's language find entries that exist only in German, marked as German.</summary>
public class CrossLanguageSearchTests(PartlyTranslatedSiteFixture site) : IClassFixture<PartlyTranslatedSiteFixture>, IAsyncLifetime
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    public Task InitializeAsync() => SearchApi.WaitForIndexAsync(_client);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("fa", "دکتر", "demo-gesundheitslotsen-ilmenau")]
    [InlineData("uk", "квартира", "mietschulung-thinka")]
    [InlineData("ar", "خياطة", "demo-naehcafe-arnstadt")]
    [InlineData("tr", "doktor", "anonymer-krankenschein")]
    public async Task A_word_in_the_visitors_language_finds_a_german_only_entry(string culture, string query, string key)
    {
        var hits = (await SearchApi.SearchAsync(_client, query, culture)).GetProperty("hits").EnumerateArray().Take(5).ToList();

        var hit = Assert.Single(hits, h => h.GetProperty("key").GetString() == key);
        Assert.True(hit.GetProperty("isFallback").GetBoolean());
    }

    [Fact]
    public async Task The_page_shows_the_german_entry_with_the_fallback_notice()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync($"/fa/suche?q={Uri.EscapeDataString("دکتر")}"));

        Assert.Contains("Gesundheitslotsen", html);
        Assert.Contains("این متن فقط به زبان آلمانی موجود است.", html);
        Assert.Contains("lang=\"de\" dir=\"ltr\"", html);
    }
}
