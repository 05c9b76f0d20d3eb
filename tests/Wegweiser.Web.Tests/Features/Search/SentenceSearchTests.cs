using System.Net;

namespace Wegweiser.Web.Tests.Features.Search;

/// <summary>
/// Questions and sentences on the demo site: the meaningful words decide, and when no entry has
/// all of them, the page and the API say for which words the results are.
/// </summary>
public class SentenceSearchTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>, IAsyncLifetime
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    public Task InitializeAsync() => SearchApi.WaitForIndexAsync(_client);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("de", "ich will zurück in mein heimatland", "rueckkehrberatung")]
    [InlineData("en", "my boss does not pay me", "faire-integration-arbeitsrecht")]
    [InlineData("ar", "أين أجد طبيبا", "anonymer-krankenschein")]
    [InlineData("uk", "де вивчати німецьку", "uebersicht-sprach-integrationskurse")]
    public async Task A_question_finds_what_it_means(string culture, string question, string expected)
    {
        var results = await SearchApi.SearchAsync(_client, question, culture);

        Assert.Contains(expected, SearchApi.Keys(results).Take(5));
    }

    [Fact]
    public async Task The_api_names_the_meaningful_words_and_says_when_all_matched()
    {
        var results = await SearchApi.SearchAsync(_client, "wo kann ich deutsch lernen");

        Assert.Equal(["deutsch", "lernen"], results.GetProperty("words").EnumerateArray().Select(w => w.GetString()));
        Assert.True(results.GetProperty("allWordsMatched").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, results.GetProperty("relaxation").ValueKind);
    }

    [Fact]
    public async Task When_no_entry_has_all_words_the_api_says_for_which_words_the_results_are()
    {
        var de = await SearchApi.SearchAsync(_client, "wo gibt es beratung xqzvwj");
        var en = await SearchApi.SearchAsync(_client, "where is advice xqzvwj", "en");

        Assert.NotEmpty(SearchApi.Keys(de));
        Assert.False(de.GetProperty("allWordsMatched").GetBoolean());
        Assert.Equal(["beratung"], de.GetProperty("matchedWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal("Keine Treffer für alle Wörter. Ergebnisse für: beratung", de.GetProperty("relaxation").GetString());
        Assert.Equal("No results for all the words. Results for: advice", en.GetProperty("relaxation").GetString());
    }

    [Fact]
    public async Task When_no_entry_has_all_words_the_page_says_for_which_words_the_results_are()
    {
        var response = await _client.GetAsync("/de/suche?q=" + Uri.EscapeDataString("wo gibt es beratung xqzvwj"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var uk = WebUtility.HtmlDecode(await _client.GetStringAsync("/uk/suche?q=" + Uri.EscapeDataString("консультація xqzvwj")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Keine Treffer für alle Wörter. Ergebnisse für: beratung", html, StringComparison.Ordinal);
        Assert.Contains("class=\"card\"", html, StringComparison.Ordinal);
        Assert.Contains("Немає результатів для всіх слів. Результати для: консультація", uk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_for_every_word_carry_no_notice()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/de/suche?q=" + Uri.EscapeDataString("wo kann ich deutsch lernen")));

        Assert.DoesNotContain("Keine Treffer für alle Wörter", html, StringComparison.Ordinal);
        Assert.Contains("class=\"card\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_that_matches_nothing_leads_to_its_topic_on_the_api_and_the_page()
    {
        // "borç" (debt): the thesaurus concept "schulden" of the topic "gesundheit-soziales", and no entry speaks of debts.
        var api = await SearchApi.SearchAsync(_client, "borç", "tr");
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/tr/suche?q=" + Uri.EscapeDataString("borç")));

        Assert.NotEmpty(SearchApi.Keys(api));
        Assert.Equal(["gesundheit-soziales"], api.GetProperty("relaxedTopics").EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        var notice = api.GetProperty("relaxation").GetString()!;
        Assert.StartsWith("Kelimeleriniz için sonuç yok. Şu konudaki sonuçlar: ", notice, StringComparison.Ordinal);
        Assert.Contains(notice, html, StringComparison.Ordinal);
    }
}
