using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>
/// Glossary terms in an entry's text: the first occurrence links to its note at the end of the
/// text, which explains it in the visitor's language and links the glossary page; never inside a
/// word, a link, a heading, code or the title, never a second time, never a draft's term.
/// </summary>
public class GlossaryLinkingTests(GlossarySiteFixture site) : IClassFixture<GlossarySiteFixture>
{
    [Fact]
    public async Task German_text_links_the_first_occurrence_of_each_published_term_only()
    {
        var page = await PageAsync("de");

        // Summary first (AsylbLG), then the body's first MBE that stands alone (not "MBEK").
        Assert.Equal(["AsylbLG", "MBE"], TermLinks(page).Select(a => a.TextContent));
        var notes = page.QuerySelectorAll(".glossary-notes li").Select(li => li.Id).ToList();
        Assert.Equal(["begriff-glossar-asylblg", "begriff-glossar-mbe"], notes);
        // Not in the title, a heading, a link, code, inside a word, or a draft's abbreviation.
        Assert.Empty(page.QuerySelectorAll("h1 a, h2 a.glossary-term, .detail__body h2 a"));
        Assert.Null(page.QuerySelector("#begriff-glossar-ihk, #begriff-glossar-dgb, #begriff-glossar-awo, #begriff-glossar-hwk, #begriff-glossar-kausa, #begriff-" + GlossarySiteFixture.DraftTermKey));
        Assert.Contains("Die MBEK ist etwas anderes.", page.QuerySelector(".detail__body")!.TextContent);
        Assert.Equal("https://example.org/awo", page.QuerySelector(".detail__body a[href^='https']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_term_link_leads_to_its_note_which_describes_it_and_links_the_glossary_page()
    {
        var page = await PageAsync("de");

        var link = TermLinks(page).Single(a => a.TextContent == "MBE");
        Assert.Equal("#begriff-glossar-mbe", link.GetAttribute("href"));
        var explanation = page.GetElementById(link.GetAttribute("aria-describedby")!)!;
        Assert.Contains("Migrationsberatung für erwachsene Zuwanderer", explanation.TextContent);
        Assert.Contains("Eine Beratung für Zugewanderte", explanation.TextContent);
        var note = page.GetElementById("begriff-glossar-mbe")!;
        Assert.Contains(note.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/de/glossar/migrationsberatung-fuer-erwachsene-zuwanderer"
            && a.TextContent.StartsWith("Mehr dazu im Glossar", StringComparison.Ordinal));
        Assert.Contains(note.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#" + link.Id);
        Assert.Equal("Begriffe auf dieser Seite", page.QuerySelector("#glossary-notes-heading")!.TextContent);
    }

    [Fact]
    public async Task Arabic_text_links_terms_with_Arabic_notes_and_German_ones_where_the_term_is_untranslated()
    {
        var page = await PageAsync("ar");

        // "خدمةMBE" is one word; the Arabic title later is MBE's second occurrence; AsylbLG is in a heading, AWO in a link.
        Assert.Equal(["MBE", "DGB"], TermLinks(page).Select(a => a.TextContent));
        var mbe = page.GetElementById("begriff-glossar-mbe")!;
        Assert.Contains("استشارات الهجرة للمهاجرين البالغين", mbe.TextContent);
        Assert.Null(mbe.QuerySelector("#begriff-glossar-mbe-erklaerung")!.GetAttribute("lang"));
        Assert.Contains(mbe.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/ar/glossar/migration-advice-for-adult-immigrants");
        Assert.Equal("المصطلحات في هذه الصفحة", page.QuerySelector("#glossary-notes-heading")!.TextContent);
        // DGB has no Arabic text: its explanation is German, marked as such.
        var dgb = page.GetElementById("begriff-glossar-dgb-erklaerung")!;
        Assert.Equal("de", dgb.GetAttribute("lang"));
        Assert.Equal("ltr", dgb.GetAttribute("dir"));
        Assert.Contains("Deutscher Gewerkschaftsbund", dgb.TextContent);
        Assert.Null(page.QuerySelector("#begriff-glossar-asylblg, #begriff-glossar-awo"));
    }

    [Fact]
    public async Task Ukrainian_text_links_the_Ukrainian_title_and_not_a_longer_word()
    {
        var page = await PageAsync("uk");

        Assert.Equal(["Консультації з питань міграції для дорослих мігрантів"], TermLinks(page).Select(a => a.TextContent));
        var mbe = page.GetElementById("begriff-glossar-mbe")!;
        Assert.Contains("Консультації для мігрантів віком від 27 років", mbe.TextContent);
        Assert.Contains(mbe.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/uk/glossar/migration-advice-for-adult-immigrants"
            && a.TextContent.StartsWith("Більше в глосарії", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("#begriff-glossar-asylblg"));
    }

    [Fact]
    public async Task The_glossary_page_of_a_term_lists_the_entries_that_use_it_in_the_visitors_language()
    {
        var slugs = await SlugsAsync();
        var client = site.Factory.CreateClient();

        var german = await ParseAsync(client, "/de/glossar/migrationsberatung-fuer-erwachsene-zuwanderer");
        var arabic = await ParseAsync(client, "/ar/glossar/migration-advice-for-adult-immigrants");
        var germanDgb = await ParseAsync(client, "/de/glossar/deutscher-gewerkschaftsbund");
        var arabicDgb = await ParseAsync(client, $"/ar/glossar/{await site.Factory.GermanSlugAsync("glossar-dgb")}");

        Assert.Contains(UserLinks(german), a => a.GetAttribute("href") == $"/de/angebote/{slugs["de"]}" && a.TextContent == GlossarySiteFixture.GermanTitle);
        Assert.Equal("Einträge mit diesem Begriff", german.QuerySelector("#glossary-users-heading")!.TextContent);
        Assert.Contains(UserLinks(arabic), a => a.GetAttribute("href") == $"/ar/angebote/{slugs["ar"]}");
        Assert.Equal("إدخالات تحتوي على هذا المصطلح", arabic.QuerySelector("#glossary-users-heading")!.TextContent);
        // DGB stands in the German text only in a heading, in the Arabic text as a word.
        Assert.DoesNotContain(UserLinks(germanDgb), a => a.GetAttribute("href") == $"/de/angebote/{slugs["de"]}");
        Assert.Contains(UserLinks(arabicDgb), a => a.GetAttribute("href") == $"/ar/angebote/{slugs["ar"]}");
        // A term's page does not link the term to itself.
        Assert.Empty(TermLinks(german).Where(a => a.GetAttribute("href") == "#begriff-glossar-mbe"));
    }

    [Fact]
    public async Task Editors_see_the_terms_found_in_the_preview()
    {
        var editor = await EditorSite.SignedInAsync(site.Factory, "glossar-redaktion", Roles.Editor);

        var preview = await ParseAsync(editor, $"/admin/eintraege/{GlossarySiteFixture.ServiceKey}/vorschau");

        var found = preview.QuerySelector(".glossary-found")!;
        Assert.Contains("Erkannte Begriffe aus dem Glossar", found.TextContent);
        Assert.Equal(["AsylbLG (Asylbewerberleistungsgesetz)", "MBE (Migrationsberatung für erwachsene Zuwanderer)"],
            found.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
    }

    private async Task<IHtmlDocument> PageAsync(string culture)
    {
        var slugs = await SlugsAsync();
        return await ParseAsync(site.Factory.CreateClient(), $"/{culture}/angebote/{slugs[culture]}");
    }

    private Task<Dictionary<string, string>> SlugsAsync() => site.Factory.QueryAsync(async db =>
    {
        var item = await EditorSite.ItemAsync(site.Factory, GlossarySiteFixture.ServiceKey);
        return item.Published!.Translations.ToDictionary(t => t.Culture, t => t.Slug);
    });

    private static IEnumerable<IElement> TermLinks(IHtmlDocument page) => page.QuerySelectorAll("a.glossary-term");

    private static IEnumerable<IElement> UserLinks(IHtmlDocument page) => page.QuerySelectorAll(".glossary-users a");

    private static async Task<IHtmlDocument> ParseAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
