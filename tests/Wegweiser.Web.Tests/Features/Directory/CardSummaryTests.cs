using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>
/// The published snapshot keeps no summaries (they would be a tenth of its memory with 10,000
/// entries); lists, topic pages, the feed and the API's listed objects read them for the entries
/// they show. Each must show the summary of the visitor's language, German where it has none.
/// </summary>
public sealed class CardSummaryTests : IClassFixture<CardSummaryTests.Site>
{
    private const string Key = "test-zaunkoenig-beratung";
    private const string German = "Zaunkönig-Kurztext: wir beraten montags.";
    private const string English = "Wren short text: advice on Mondays.";
    private readonly Site _site;

    public CardSummaryTests(Site site) => _site = site;

    [Fact]
    public async Task The_snapshot_holds_no_summary_of_the_entry()
    {
        using var scope = _site.Services.CreateScope();
        var snapshot = await _site.Services.GetRequiredService<PublishedContentCache>().CurrentAsync(
            scope.ServiceProvider.GetRequiredService<ContentStore>(), scope.ServiceProvider.GetRequiredService<TaxonomyStore>(), CancellationToken.None);

        var entry = snapshot.ByKey(Key);

        Assert.NotNull(entry);
        Assert.All(entry.Version.Translations, t => Assert.Null(t.Field(ContentFields.Summary)));
    }

    [Theory]
    [InlineData("/de/angebote", German)]
    [InlineData("/en/angebote", English)]
    [InlineData("/ar/angebote", German)]
    [InlineData("/de/themen/sprache-bildung?typ=angebote", German)]
    [InlineData("/en/themen/sprache-bildung", English)]
    public async Task A_card_shows_the_summary_in_the_visitors_language_or_German(string path, string summary)
    {
        var html = await _site.CreateClient().GetStringAsync(path);

        Assert.Contains("Aaron Zaunkönigberatung", html, StringComparison.Ordinal);
        Assert.Contains(summary, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_gives_the_newest_entry_its_summary()
    {
        var atom = await _site.CreateClient().GetStringAsync("/en/neu.atom");

        Assert.Contains(English, atom, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", English)]
    [InlineData("fa", German)]
    public async Task A_listed_API_service_is_described_by_its_summary(string lang, string summary)
    {
        var json = await _site.CreateClient().GetStringAsync($"/api/hsds/services?search=Zaunk%C3%B6nigberatung&lang={lang}");
        using var document = JsonDocument.Parse(json);

        var service = Assert.Single(document.RootElement.GetProperty("contents").EnumerateArray(), s => s.GetProperty("name").GetString() == "Aaron Zaunkönigberatung");
        Assert.Equal(summary, service.GetProperty("description").GetString());
    }

    /// <summary>The demo site with one more published service: German and English texts, listed first by its title.</summary>
    public sealed class Site : WegweiserFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await QueryAsync(db =>
            {
                var item = ContentItem.Create(ContentType.Service, Key, DateTime.UtcNow, "test");
                item.Latest.SetTranslation("de", "aaron-zaunkoenigberatung", "Aaron Zaunkönigberatung",
                    new Dictionary<string, string> { [ContentFields.Summary] = German });
                item.Latest.SetTranslation("en", "aaron-wren-advice", "Aaron Zaunkönigberatung",
                    new Dictionary<string, string> { [ContentFields.Summary] = English });
                item.Latest.Data.Topics.Add("sprache-bildung");
                item.Latest.UpdateDerived(item.Type);
                item.Transition(WorkflowState.Published, DateTime.UtcNow);
                db.ContentItems.Add(item);
                return db.SaveChangesAsync();
            });
            var client = CreateClient();
            for (var attempt = 0; attempt < 100 && !(await client.GetStringAsync("/api/hsds/services?search=Zaunk%C3%B6nigberatung")).Contains(Key, StringComparison.Ordinal); attempt++)
            {
                await Task.Delay(100);
            }
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
