using System.Net;
using AngleSharp.Html.Parser;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Translation;

/// <summary>
/// Translations nobody has checked say so once per page, in the visitor's language, with a link to
/// the German original; a translation saved by a person in the translation editor no longer does.
/// </summary>
public class MachineTranslatedNoticeTests
{
    private const string Key = "anonymer-krankenschein";

    [Fact]
    public async Task An_unchecked_translation_says_so_once_and_links_the_German_original_until_a_translator_saves_it()
    {
        // Arrange: the recipe marks its translations as machine-translated.
        await using var factory = new WegweiserFactory("demo");
        var visitor = EditorSite.Client(factory);
        var item = await EditorSite.ItemAsync(factory, Key);
        var german = item.Published!.Translation(Cultures.Source)!.Slug;
        var english = item.Published!.Translation("en")!.Slug;
        var ukrainian = item.Published!.Translation("uk")?.Slug;
        Assert.True(item.Published!.Translation("en")!.IsMachineTranslated);

        // Act 1: the pages as a visitor reads them
        var en = await PageAsync(visitor, $"/en/angebote/{english}");
        var de = await PageAsync(visitor, $"/de/angebote/{german}");
        var home = await PageAsync(visitor, "/en/");

        // Assert 1: one notice as a note, in the page's language, linking the German page
        var notice = Assert.Single(en.QuerySelectorAll(".notice--machine"));
        Assert.Equal("note", notice.GetAttribute("role"));
        Assert.Contains("Translated automatically, not yet checked.", notice.TextContent);
        var link = notice.QuerySelector("a")!;
        Assert.Equal($"/de/angebote/{german}", link.GetAttribute("href"));
        Assert.Equal("de", link.GetAttribute("hreflang"));
        Assert.Empty(de.QuerySelectorAll(".notice--machine"));
        Assert.Empty(en.QuerySelectorAll(".notice--fallback"));
        Assert.Equal("/de/", Assert.Single(home.QuerySelectorAll(".notice--machine")).QuerySelector("a")!.GetAttribute("href"));
        if (ukrainian is not null)
        {
            var uk = await PageAsync(visitor, $"/uk/angebote/{ukrainian}");
            Assert.Contains("Перекладено автоматично", Assert.Single(uk.QuerySelectorAll(".notice--machine")).TextContent);
        }

        // Act 2: a translator checks the English text and publishes it
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var saved = await EditorSite.TranslateAsync(publisher, Key, "en",
            ("Fields[title]", "Anonymous health voucher"), ("Fields[summary]", "See a doctor without papers."), ("SlugInput", english), ("Next", "publish"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var checkedPage = await PageAsync(visitor, $"/en/angebote/{english}");

        // Assert 2: no notice any more
        Assert.Equal("Anonymous health voucher", checkedPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(checkedPage.QuerySelectorAll(".notice--machine"));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
