using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Tests.Indexing;

public class SearchDocumentsTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void A_published_version_gives_its_texts_in_the_culture_or_german()
    {
        var item = Published("mbe", ContentType.Service);

        var german = SearchDocuments.From(item, item.Published!, "de", Today, Url)!;
        var arabic = SearchDocuments.From(item, item.Published!, "ar", Today, Url)!;

        Assert.Equal("Beratung", german.Title);
        Assert.Equal("Hilfe bei Fragen", german.Summary);
        Assert.Equal("/de/Service/beratung", german.Url);
        Assert.False(german.IsFallback);
        Assert.True(arabic.IsFallback);
        Assert.Equal("Beratung", arabic.Title);
    }

    [Fact]
    public void Drafts_the_home_page_and_ended_courses_give_no_document()
    {
        var draft = ContentItem.Create(ContentType.Service, "entwurf", Now);
        draft.Latest.SetTranslation("de", "entwurf", "Entwurf", new Dictionary<string, string>());
        var home = Published("startseite", ContentType.Page);
        var ended = Published("kurs", ContentType.Course);
        ended.Published!.EndsOn = Today.AddDays(-1);

        Assert.Null(SearchDocuments.From(draft, draft.Latest, "de", Today, Url));
        Assert.Null(SearchDocuments.From(home, home.Published!, "de", Today, Url));
        Assert.Null(SearchDocuments.From(ended, ended.Published!, "de", Today, Url));
    }

    [Fact]
    public void Internal_contacts_never_reach_the_document()
    {
        var item = Published("lesepaten", ContentType.VolunteerInitiative);
        item.Published!.Data.Volunteer = new VolunteerData { InternalContact = new InternalContact { Name = "Erika Geheim", Phone = "0361 999", Email = "erika@geheim.example" } };

        var document = SearchDocuments.From(item, item.Published, "de", Today, Url)!;

        var all = string.Join(' ', document.Title, document.Summary, document.Body, document.Url, string.Join(' ', document.Topics), string.Join(' ', document.Towns));
        Assert.DoesNotContain("Geheim", all);
        Assert.DoesNotContain("999", all);
    }

    [Fact]
    public void Markdown_is_reduced_to_words()
    {
        Assert.Equal("Die MBE hilft, siehe Seite.", SearchDocuments.PlainText("Die **MBE** hilft,\n\nsiehe [Seite](https://example.org)."));
    }

    private static string Url(ContentType type, string slug) => $"/de/{type}/{slug}";

    private static ContentItem Published(string key, ContentType type)
    {
        var item = ContentItem.Create(type, key, Now);
        item.Latest.SetTranslation("de", "beratung", "Beratung", new Dictionary<string, string> { ["summary"] = "Hilfe bei Fragen", ["body"] = "Wir **helfen**." });
        item.Transition(WorkflowState.InReview, Now);
        item.Transition(WorkflowState.Published, Now);
        return item;
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[](")]
    [InlineData("![a](")]
    public void Markdown_built_to_make_a_backtracking_pattern_slow_still_becomes_plain_text(string unit)
    {
        // 100,000 characters of unclosed links: a backtracking link pattern takes quadratic time on them.
        var markdown = string.Concat(Enumerable.Repeat(unit, 100_000 / unit.Length));

        var text = SearchDocuments.PlainText(markdown + " Ende");

        Assert.EndsWith("Ende", text);
        Assert.StartsWith(unit, text);
    }
}
