using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Translation;

/// <summary>
/// Names of topics and needs that the recipe marks machine-translated say so on their pages; the
/// translation dashboard leads to them, and a publisher corrects or checks them per language.
/// </summary>
public class TermNamesTests
{
    private const string Need = "/alltag/arbeit-finden";

    [Fact]
    public async Task A_machine_translated_need_says_so_until_a_publisher_corrects_it_and_the_change_is_audited()
    {
        // Arrange: the recipe marks every non-German name as machine-translated.
        await using var factory = new WegweiserFactory("demo");
        var visitor = EditorSite.Client(factory);
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var before = await PageAsync(visitor, "/ar" + Need);
        var german = await PageAsync(visitor, "/de" + Need);

        // Assert: one notice in Arabic on the Arabic page, linking the German page; none in German.
        var notice = Assert.Single(before.QuerySelectorAll(".notice--machine"));
        Assert.Equal("/de" + Need, notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(german.QuerySelectorAll(".notice--machine"));
        var dashboard = await PageAsync(publisher, "/admin/uebersetzungen");
        var link = dashboard.QuerySelector("a[href='/admin/uebersetzungen/namen']")!;
        var terms = await factory.QueryAsync(db => db.TaxonomyTerms.CountAsync());
        Assert.Contains($"{terms * 6} maschinell übersetzt, 0 fehlen", link.TextContent);

        // Act: the publisher writes a better Arabic name for one need and ticks another off as checked.
        var ids = await factory.QueryAsync(db => db.TaxonomyTerms.Where(t => t.Taxonomy == "need")
            .ToDictionaryAsync(t => t.Key, t => t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var form = await FormFields.ReadAsync(publisher, "/admin/uebersetzungen/namen/ar", "form.term-names-form");
        form.Set($"Name[{ids["arbeit-finden"]}]", "البحث عن عمل").Remove("Machine", ids["arbeit-finden"]).Remove("Machine", ids["deutsch-lernen"]);
        var saved = await form.PostAsync(publisher, "/admin/uebersetzungen/namen/ar");

        // Assert: both saved, live at once (the cached page is gone), audited; other names unchanged.
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await PageAsync(visitor, "/ar" + Need);
        Assert.Equal("البحث عن عمل", after.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(after.QuerySelectorAll(".notice--machine"));
        Assert.Empty((await PageAsync(visitor, "/ar/alltag/deutsch-lernen")).QuerySelectorAll(".notice--machine"));
        Assert.Single((await PageAsync(visitor, "/fa" + Need)).QuerySelectorAll(".notice--machine"));
        var confirmation = await PageAsync(publisher, saved.Headers.Location!.OriginalString);
        Assert.Contains("2 Namen geändert", confirmation.QuerySelector("[role=status]")!.TextContent);
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "terms.names-saved").Select(a => a.Details).SingleAsync());
        Assert.Contains("البحث عن عمل", audit);
        Assert.Contains("need/deutsch-lernen", audit);
    }

    [Fact]
    public async Task A_name_that_is_too_long_is_refused_with_a_message_and_nothing_is_saved()
    {
        await using var factory = new WegweiserFactory("demo");
        var publisher = await EditorSite.SignedInAsync(factory, "beauftragte", Roles.Publisher);
        var id = await factory.QueryAsync(db => db.TaxonomyTerms.Where(t => t.Key == "arbeit-finden").Select(t => t.Id).SingleAsync());
        var form = await FormFields.ReadAsync(publisher, "/admin/uebersetzungen/namen/uk", "form.term-names-form");
        form.Set($"Name[{id}]", new string('я', 121)).Remove("Machine", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var response = await form.PostAsync(publisher, "/admin/uebersetzungen/namen/uk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nichts gespeichert", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("höchstens 120 Zeichen", page.QuerySelector($"#err-{id}")!.TextContent);
        Assert.Equal($"err-{id}", page.QuerySelector($"#name-{id}")!.GetAttribute("aria-describedby"));
        var term = await factory.QueryAsync(db => db.TaxonomyTerms.SingleAsync(t => t.Id == id));
        Assert.Equal("Знайти роботу", term.Names["uk"]);
        Assert.Contains("uk", term.MachineTranslated);
        Assert.Equal(0, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "terms.names-saved")));
    }

    [Fact]
    public async Task An_unknown_language_is_not_found_and_an_editor_sees_the_names_read_only()
    {
        await using var factory = new WegweiserFactory("demo");
        var editor = await EditorSite.SignedInAsync(factory, "redaktion", Roles.Editor);

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/uebersetzungen/namen/xx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/uebersetzungen/namen/de")).StatusCode);
        var page = await PageAsync(editor, "/admin/uebersetzungen/namen/tr");
        Assert.All(page.QuerySelectorAll("form.term-names-form input[name^='Name[']"), i => Assert.True(i.HasAttribute("readonly")));
        Assert.Empty(page.QuerySelectorAll("form.term-names-form button[type=submit]"));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
