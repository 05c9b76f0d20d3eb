using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Translation;
using Wegweiser.Core.Workflow;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Tests.Features.Editorial;

namespace Wegweiser.Web.Tests.Features.Translation.Machine;

/// <summary>Shared steps of the suggestion tests: open the translation editor, ask for a suggestion, read the fields.</summary>
public static class SuggestionForm
{
    public static string Url(string key, string culture) => $"/admin/uebersetzungen/{key}/{culture}";

    /// <summary>Posts the editor's form as it stands to the suggestion handler for <paramref name="field"/>.</summary>
    public static async Task<HttpResponseMessage> SuggestAsync(HttpClient client, string key, string culture, string field, Dictionary<string, string>? fields = null)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, Url(key, culture)),
            ["Vorschlag"] = field,
            ["SlugInput"] = "",
        };
        foreach (var (name, value) in fields ?? [])
        {
            form[$"Fields[{name}]"] = value;
        }

        return await client.PostAsync(Url(key, culture) + "?handler=Suggest", new FormUrlEncodedContent(form));
    }

    /// <summary>The value of a field of the editor's form as the page shows it.</summary>
    public static string? FieldValue(string html, string field)
    {
        var element = new HtmlParser().ParseDocument(html).GetElementById($"tr-{field}");
        return element?.LocalName == "textarea" ? element.TextContent : element?.GetAttribute("value");
    }
}

/// <summary>
/// "Vorschlag übersetzen" in the translation editor against a fake DeepL on 127.0.0.1: the suggestion
/// fills the field with Markdown, links, numbers and fixed terms intact; nothing is saved until the
/// translator saves, and then the translation is marked machine-translated; every error of the
/// service gives a German message and changes nothing.
/// </summary>
public class DeepLSuggestionTests(DeepLSite site) : IClassFixture<DeepLSite>
{
    private const string Key = "anonymer-krankenschein";

    /// <summary>What the fake's "English" of <see cref="MachineTranslationSite.Markdown"/> must come back as.</summary>
    private const string Expected = """
        ## ⟦EN-GB⟧ BERATUNG IM Jobcenter

        ⟦EN-GB⟧ SIE BRAUCHEN EINEN residence permit (Aufenthaltstitel)? WIR HELFEN.

        - ⟦EN-GB⟧ **TERMIN:** TEL. 03628 123-456 ODER [WEBSEITE](https://example.org/a_b?x=1&y=2)
        - ⟦EN-GB⟧ E-MAIL: info@example.org, 1. DI IM MONAT 14:00-16:00
        * ⟦EN-GB⟧ _WICHTIG_: www.ilm-kreis.de/migration
        """;

    [Fact]
    public async Task A_suggestion_keeps_Markdown_links_numbers_and_terms_and_is_saved_only_as_machine_translated()
    {
        await site.SetGermanBodyAsync(Key, MachineTranslationSite.Markdown);
        var before = await EditorSite.ItemAsync(site.Factory, Key);
        site.Api.FailWith = null;

        var page = await site.Publisher.GetStringAsync(SuggestionForm.Url(Key, "en"));
        var response = await SuggestionForm.SuggestAsync(site.Publisher, Key, "en", "body", new() { ["title"] = "Anonymous health insurance card" });
        var html = await response.Content.ReadAsStringAsync();
        var unsaved = await EditorSite.ItemAsync(site.Factory, Key);

        Assert.Contains("Vorschlag übersetzen", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Expected, SuggestionForm.FieldValue(html, "body"));
        Assert.Equal("Anonymous health insurance card", SuggestionForm.FieldValue(html, "title")); // what the translator typed stays
        Assert.Contains("Vorschlag eingefügt", html);
        Assert.Contains("name=\"MachineTranslated\" value=\"true\" checked", html);
        Assert.Equal(before.Versions.Count, unsaved.Versions.Count); // nothing saved yet
        Assert.Equal(before.Latest.Translation("en")!.Fields.GetValueOrDefault("body"), unsaved.Latest.Translation("en")!.Fields.GetValueOrDefault("body"));

        // What went to the service: DeepL's form, placeholders instead of links, numbers and terms.
        var sent = site.Api.Requests.Last(r => r.Path == "/v2/translate");
        Assert.Equal($"DeepL-Auth-Key {FakeTranslationApi.Key}", sent.Authorization);
        Assert.Equal("DE", sent.Body["source_lang"]!.GetValue<string>());
        Assert.Equal("EN-GB", sent.Body["target_lang"]!.GetValue<string>());
        Assert.Equal("xml", sent.Body["tag_handling"]!.GetValue<string>());
        Assert.Equal("glossar-EN", sent.Body["glossary_id"]!.GetValue<string>());
        var glossary = site.Api.Requests.Single(r => r.Path == "/v2/glossaries" && r.Body["target_lang"]!.GetValue<string>() == "EN");
        Assert.Contains("Aufenthaltstitel\tresidence permit (Aufenthaltstitel)", glossary.Body["entries"]!.GetValue<string>());
        var texts = string.Join('\n', sent.Body["text"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains("<x id=", texts);
        Assert.DoesNotContain("example.org", texts);
        Assert.DoesNotContain("03628", texts);
        Assert.DoesNotContain("Jobcenter", texts);

        // Saving the suggestion writes a draft marked machine-translated; the public text stays.
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(site.Publisher, SuggestionForm.Url(Key, "en")),
            ["Fields[title]"] = "Anonymous health insurance card",
            ["Fields[body]"] = Expected,
            ["MachineTranslated"] = "true",
            ["Next"] = "draft",
        };
        var saved = await site.Publisher.PostAsync(SuggestionForm.Url(Key, "en"), new FormUrlEncodedContent(form));
        var after = await EditorSite.ItemAsync(site.Factory, Key);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(WorkflowState.Draft, after.Latest.State);
        Assert.True(after.Latest.Translation("en")!.IsMachineTranslated);
        Assert.Equal(TranslationStatus.MachineTranslated, after.Latest.TranslationStatus("en"));
        Assert.Equal(Expected, after.Latest.Translation("en")!.Fields["body"]);
        Assert.NotEqual(Expected, after.Published!.Translation("en")!.Fields.GetValueOrDefault("body"));
    }

    [Theory]
    [InlineData(403, "hat den Schlüssel abgelehnt")]
    [InlineData(401, "hat den Schlüssel abgelehnt")]
    [InlineData(429, "zu viele Anfragen")]
    [InlineData(456, "Kontingent beim Übersetzungsdienst ist aufgebraucht")]
    [InlineData(500, "hat einen Fehler gemeldet")]
    public async Task An_error_of_the_service_gives_a_German_message_and_changes_nothing(int status, string message)
    {
        var before = await EditorSite.ItemAsync(site.Factory, Key);
        site.Api.FailWith = status;

        var response = await SuggestionForm.SuggestAsync(site.Publisher, Key, "ru", "summary", new() { ["summary"] = "Мой черновик" });
        var html = await response.Content.ReadAsStringAsync();
        site.Api.FailWith = null;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains("Nichts wurde geändert.", html);
        Assert.Equal("Мой черновик", SuggestionForm.FieldValue(html, "summary"));
        Assert.DoesNotContain("Vorschlag eingefügt", html);
        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task A_service_that_answers_too_slowly_gives_a_German_message_and_changes_nothing()
    {
        var before = await EditorSite.ItemAsync(site.Factory, Key);
        site.Api.Delay = TimeSpan.FromSeconds(5);

        var response = await SuggestionForm.SuggestAsync(site.Publisher, Key, "tr", "title");
        site.Api.Delay = TimeSpan.Zero;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hat nicht rechtzeitig geantwortet", await response.Content.ReadAsStringAsync());
        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task Farsi_is_not_offered_because_DeepL_does_not_translate_into_it()
    {
        var farsi = await site.Publisher.GetStringAsync(SuggestionForm.Url(Key, "fa"));
        var arabic = await site.Publisher.GetStringAsync(SuggestionForm.Url(Key, "ar"));
        var german = await site.Publisher.GetStringAsync(SuggestionForm.Url(Key, "de"));
        var posted = await SuggestionForm.SuggestAsync(site.Publisher, Key, "fa", "title");
        var bulk = await site.Publisher.GetStringAsync("/admin/uebersetzungen/vorschlagen");

        Assert.DoesNotContain("Vorschlag übersetzen", farsi);
        Assert.Contains("Vorschlag übersetzen", arabic);
        Assert.DoesNotContain("Vorschlag übersetzen", german);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Contains("Nicht unterstützt vom Übersetzungsdienst: فارسی", bulk);
    }

    [Fact]
    public async Task The_log_names_the_failure_but_neither_the_key_nor_the_text()
    {
        site.Api.FailWith = 403;

        await SuggestionForm.SuggestAsync(site.Publisher, Key, "uk", "summary");
        site.Api.FailWith = null;
        await SuggestionForm.SuggestAsync(site.Publisher, Key, "uk", "summary");
        var summary = (await EditorSite.ItemAsync(site.Factory, Key)).Latest.Translation("de")!.Fields["summary"];
        var logs = "";
        for (var attempt = 0; attempt < 50 && !logs.Contains("KeyRejected", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            logs = ReadLogs();
        }

        Assert.Contains("KeyRejected", logs);
        Assert.DoesNotContain(FakeTranslationApi.Key, logs);
        Assert.DoesNotContain(summary, logs);
        Assert.DoesNotContain("⟦UK⟧", logs);
    }

    private string ReadLogs()
    {
        var text = new System.Text.StringBuilder();
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(site.Factory.DataFolder, "logs")))
        {
            using var stream = new System.IO.FileStream(file, System.IO.FileMode.Open, System.IO.FileAccess.Read, System.IO.FileShare.ReadWrite);
            text.Append(new StreamReader(stream).ReadToEnd());
        }

        return text.ToString();
    }

    private async Task AssertUnchangedAsync(Core.Content.ContentItem before)
    {
        var after = await EditorSite.ItemAsync(site.Factory, Key);
        Assert.Equal(before.Versions.Count, after.Versions.Count);
        foreach (var version in before.Versions)
        {
            var now = after.Versions.Single(v => v.Number == version.Number);
            Assert.Equal(version.State, now.State);
            Assert.Equal(version.Translations.Count, now.Translations.Count);
            foreach (var translation in version.Translations)
            {
                Assert.True(now.Translation(translation.Culture)!.SameTextAs(translation.Fields, translation.Title));
            }
        }
    }
}
