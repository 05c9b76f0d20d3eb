using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>
/// The glossary the pages link with follows publishing: a draft term is not linked, the same term
/// once published is on the next request, and once archived it is gone again (through the change
/// signal, past the response cache).
/// </summary>
public class GlossaryChangeTests
{
    private const string TermKey = "glossar-qzx";

    [Fact]
    public async Task A_term_is_linked_once_published_and_no_longer_once_archived()
    {
        // Arrange: a service that names QZX, and QZX as a draft glossary term
        await using var factory = new WegweiserFactory("ilm-kreis");
        var slug = await factory.QueryAsync(async db =>
        {
            var service = await LoadAsync(db, GlossarySiteFixture.ServiceKey);
            var german = service.Published!.Translation(Cultures.Source)!;
            german.Fields = new Dictionary<string, string>(german.Fields) { [ContentFields.Body] = "Die QZX hilft Ihnen." };
            var term = ContentItem.Create(ContentType.GlossaryTerm, TermKey, DateTime.UtcNow);
            term.Latest.Data = new ContentData { Glossary = new GlossaryData { Abbreviation = "QZX" } };
            term.Latest.Translations.Add(new ContentTranslation
            {
                Culture = Cultures.Source, Slug = "qzx-testwort", Title = "Ein Testwort",
                Fields = new Dictionary<string, string> { [ContentFields.Summary] = "Ein Wort nur für diesen Test." },
            });
            db.ContentItems.Add(term);
            await db.SaveChangesAsync();
            return german.Slug;
        });
        var client = factory.CreateClient();
        var url = $"/de/angebote/{slug}";

        // Act
        var asDraft = await LinkedAsync(client, url);
        await ChangeTermAsync(factory, term => { term.Transition(WorkflowState.InReview, DateTime.UtcNow); term.Transition(WorkflowState.Published, DateTime.UtcNow); });
        var published = await LinkedAsync(client, url);
        await ChangeTermAsync(factory, term => term.Archive(DateTime.UtcNow));
        var archived = await LinkedAsync(client, url);

        // Assert
        Assert.Empty(asDraft);
        Assert.Equal(["QZX"], published);
        Assert.Empty(archived);
    }

    private static Task<ContentItem> LoadAsync(Wegweiser.Data.WegweiserDbContext db, string key) =>
        db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == key);

    private static Task ChangeTermAsync(WegweiserFactory factory, Action<ContentItem> change) => factory.QueryAsync(async db =>
    {
        change(await LoadAsync(db, TermKey));
        return await db.SaveChangesAsync();
    });

    private static async Task<List<string>> LinkedAsync(HttpClient client, string url)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        return page.QuerySelectorAll("a.glossary-term").Select(a => a.TextContent).ToList();
    }
}
