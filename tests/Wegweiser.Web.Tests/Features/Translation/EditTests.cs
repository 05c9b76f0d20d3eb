using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Translation;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Translation;

/// <summary>Translating field by field beside the German text, with outdated diffs and the minor-edit flag.</summary>
public class EditTests
{
    private const string Key = "anonymer-krankenschein";

    [Fact]
    public async Task A_translator_translates_into_a_draft_and_a_publisher_makes_it_public()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "leyla", Roles.Translator, "fa");
        await TestAccounts.CreateAsync(factory, "beauftragte", Roles.Publisher);
        var translator = SignedInClient(factory);
        await TestAccounts.SignInAsync(translator, "leyla");

        var response = await SaveAsync(translator, "fa", new() { ["Fields[title]"] = "کارت درمان ناشناس", ["Fields[summary]"] = "کمک برای افراد بدون بیمه.", ["SlugInput"] = "karte-darman", ["Next"] = "review" });
        var before = await factory.CreateClient().GetAsync("/fa/angebote/karte-darman");

        var publisher = SignedInClient(factory);
        await TestAccounts.SignInAsync(publisher, "beauftragte");
        await SaveAsync(publisher, "fa", new() { ["Fields[title]"] = "کارت درمان ناشناس", ["Fields[summary]"] = "کمک برای افراد بدون بیمه.", ["SlugInput"] = "karte-darman", ["Next"] = "publish" });
        var after = await factory.CreateClient().GetStringAsync("/fa/angebote/karte-darman");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode); // still only in review
        Assert.Contains("<h1>کارت درمان ناشناس</h1>", after);
        var status = await factory.QueryAsync(async db => (await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == Key)).Published!.TranslationStatus("fa"));
        Assert.Equal(TranslationStatus.UpToDate, status);
    }

    [Fact]
    public async Task A_translator_may_edit_only_the_given_languages()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "leyla", Roles.Translator, "fa");
        var client = SignedInClient(factory);
        await TestAccounts.SignInAsync(client, "leyla");

        var own = await client.GetAsync($"/admin/uebersetzungen/{Key}/fa");
        var other = await client.GetAsync($"/admin/uebersetzungen/{Key}/ar");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task An_outdated_translation_shows_what_changed_in_German_and_a_minor_edit_keeps_it_current()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Publisher);
        var client = SignedInClient(factory);
        await TestAccounts.SignInAsync(client, "redaktion");
        var summary = await factory.QueryAsync(async db => (await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == Key)).Published!.Translation("de")!.Fields["summary"]);
        var title = await factory.QueryAsync(async db => (await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == Key)).Published!.Translation("de")!.Title);

        // A typo fix, marked as minor: English stays up to date.
        await SaveAsync(client, "de", new() { ["Fields[title]"] = title, ["Fields[summary]"] = summary + "!", ["MinorEdit"] = "true", ["Next"] = "publish" });
        var afterMinor = await StatusAsync(factory, "en");
        // A real change: English is outdated, and its page shows the change.
        await SaveAsync(client, "de", new() { ["Fields[title]"] = title, ["Fields[summary]"] = "Hilfe beim Arzt für Menschen ohne Versicherung.", ["Next"] = "publish" });
        var afterChange = await StatusAsync(factory, "en");
        var page = await client.GetStringAsync($"/admin/uebersetzungen/{Key}/en");

        Assert.Equal(TranslationStatus.MachineTranslated, afterMinor); // current, still unchecked as the recipe made it
        Assert.Equal(TranslationStatus.Outdated, afterChange);
        Assert.Contains("<strong>veraltet</strong>", page);
        Assert.Contains("<ins>", page);
        Assert.Contains("<del>", page);
    }

    [Fact]
    public async Task A_title_in_another_script_without_a_slug_keeps_the_German_address()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Publisher);
        var client = SignedInClient(factory);
        await TestAccounts.SignInAsync(client, "redaktion");

        var response = await SaveAsync(client, "uk", new() { ["Fields[title]"] = "Анонімний лікарняний", ["SlugInput"] = "", ["Next"] = "publish" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<h1>Анонімний лікарняний</h1>", await factory.CreateClient().GetStringAsync($"/uk/angebote/{Key}"));
    }

    [Fact]
    public async Task An_invalid_slug_is_refused_and_changes_nothing()
    {
        await using var factory = new WegweiserFactory("demo");
        await TestAccounts.CreateAsync(factory, "redaktion", Roles.Editor);
        var client = SignedInClient(factory);
        await TestAccounts.SignInAsync(client, "redaktion");
        var versions = await factory.QueryAsync(db => db.ContentVersions.CountAsync());

        var response = await SaveAsync(client, "tr", new() { ["Fields[title]"] = "Anonim sağlık kartı", ["SlugInput"] = "Ungültig Slug!" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Die Adresse darf nur kleine Buchstaben", await response.Content.ReadAsStringAsync());
        Assert.Equal(versions, await factory.QueryAsync(db => db.ContentVersions.CountAsync()));
    }

    private static HttpClient SignedInClient(WegweiserFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string culture, Dictionary<string, string> form)
    {
        // As a browser: the form's token and the version it was opened on (publishing binds to it).
        var url = $"/admin/uebersetzungen/{Key}/{culture}";
        var opened = await FormFields.ReadAsync(client, url, "form.translation-form");
        form["__RequestVerificationToken"] = opened["__RequestVerificationToken"]!;
        form.TryAdd("fassung", opened["fassung"]!);
        form.TryAdd("stempel", opened["stempel"]!);
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    private static Task<TranslationStatus> StatusAsync(WegweiserFactory factory, string culture) => factory.QueryAsync(async db =>
        (await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == Key)).Latest.TranslationStatus(culture));
}
